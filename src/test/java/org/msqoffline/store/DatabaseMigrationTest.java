package org.msqoffline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.QuestionnaireLoader;
import org.msqoffline.response.AnswerValue.Choice;
import org.msqoffline.response.AnswerValue.Text;
import org.msqoffline.response.HistoryEntry;
import org.msqoffline.response.ResponseInfo;

class DatabaseMigrationTest {
    private static final Questionnaire BUNDLED = new QuestionnaireLoader().loadBundled();

    @TempDir
    Path folder;

    @Test
    void aFreshFileGetsTheLatestDataVersion() throws SQLException {
        Path file = folder.resolve(DataFolder.DATABASE_FILE);

        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            assertThat(data.database().schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
        }

        assertThat(SqliteFiles.userVersion(file)).isEqualTo(Database.MIGRATIONS.size());
    }

    @Test
    void aVersionOneFileIsMigratedKeepingItsAnswers() throws SQLException {
        Path file = folder.resolve(DataFolder.DATABASE_FILE);
        Database.open(file, 1).close();
        assertThat(SqliteFiles.userVersion(file)).isEqualTo(1);
        writeVersionOneResponse(file);

        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            assertThat(data.database().schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
            ResponseInfo response = data.responses().list().get(0);
            assertThat(response.id()).isEqualTo("old0000001");
            assertThat(response.deleted()).isFalse();
            Questionnaire questionnaire = data.questionnaires().get(response.questionnaireSha256()).orElseThrow();
            assertThat(data.answers().load("old0000001", questionnaire).byItemId())
                    .containsOnly(Map.entry("contact-name", new Text("Aynur")),
                            Map.entry("a-cio-exists", Choice.of("yes")));

            assertThat(data.answers().set("old0000001", "contact-name", new Text("Bora"), "Bora")).isTrue();
            assertThat(data.answers().history("old0000001", "contact-name"))
                    .extracting(HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::changedBy)
                    .containsExactly(tuple("\"Aynur\"", "\"Bora\"", "Bora"));
            data.settings().put(Settings.CONTRIBUTOR, "Bora");
            data.responses().moveToBin("old0000001");
            assertThat(data.responses().bin()).hasSize(1);
        }

        assertThat(SqliteFiles.userVersion(file)).isEqualTo(Database.MIGRATIONS.size());
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.READ)) {
            assertThat(data.settings().get(Settings.CONTRIBUTOR)).contains("Bora");
            assertThat(data.database().integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void migratingAnUpToDateFileChangesNothing() throws SQLException {
        Path file = folder.resolve(DataFolder.DATABASE_FILE);
        Database.open(file).close();

        try (Database database = Database.open(file)) {
            assertThat(database.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
        }
    }

    /** What a version-1 app wrote: no history, no settings, no updated_by, no deleted_at. */
    private static void writeVersionOneResponse(Path file) throws SQLException {
        String definition = new String(Json.canonical(Json.read(QuestionnaireLoader.bundledBytes(QuestionnaireLoader.BUNDLED_MSQ_2024))),
                StandardCharsets.UTF_8);
        try (Connection connection = SqliteFiles.connect(file)) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO questionnaire (sha256, id, edition, version, definition, imported_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, BUNDLED.sha256());
                insert.setString(2, BUNDLED.id());
                insert.setString(3, BUNDLED.edition());
                insert.setString(4, BUNDLED.version());
                insert.setString(5, definition);
                insert.setString(6, "2024-05-01T08:00:00Z");
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO response (id, country_iso3, country_name, questionnaire_sha256, created_at, updated_at) "
                            + "VALUES ('old0000001', 'AZE', 'Azerbaijan', ?, '2024-05-01T08:00:00Z', '2024-05-02T08:00:00Z')")) {
                insert.setString(1, BUNDLED.sha256());
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO answer (response_id, item_id, value, updated_at) VALUES ('old0000001', ?, ?, '2024-05-02T08:00:00Z')")) {
                insert.setString(1, "contact-name");
                insert.setString(2, "\"Aynur\"");
                insert.executeUpdate();
                insert.setString(1, "a-cio-exists");
                insert.setString(2, "\"yes\"");
                insert.executeUpdate();
            }
        }
    }
}
