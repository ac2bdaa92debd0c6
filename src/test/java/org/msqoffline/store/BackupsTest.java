package org.msqoffline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerValue.Text;
import org.msqoffline.response.UnMemberStates;

class BackupsTest {
    private static final Instant FIRST_DAY = Instant.parse("2025-03-01T09:00:00Z");

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(FIRST_DAY);

    @Test
    void openingForWritingMakesOneBackup() {
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE, clock)) {
            assertThat(data.backups().list()).extracting(backup -> backup.getFileName().toString())
                    .containsExactly("msq-offline-20250301-090000.db");
        }
        assertThat(folder.resolve("backups")).isDirectoryContaining(path -> path.getFileName().toString().endsWith(".db"));
    }

    @Test
    void openingAgainTheSameDayMakesNoBackup() {
        DataFolder.open(folder, DataFolder.Access.WRITE, clock).close();
        clock.advance(Duration.ofHours(14).plusMinutes(59));

        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE, clock)) {
            assertThat(data.backups().list()).hasSize(1);
        }
    }

    @Test
    void openingForReadingMakesNoBackup() {
        DataFolder.open(folder, DataFolder.Access.READ, clock).close();

        assertThat(folder.resolve("backups")).doesNotExist();
    }

    @Test
    void onlyTheNewestTenBackupsAreKept() {
        for (int day = 0; day < 12; day++) {
            clock.set(FIRST_DAY.plus(Duration.ofDays(day)));
            DataFolder.open(folder, DataFolder.Access.WRITE, clock).close();
        }

        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.READ, clock)) {
            List<String> expected = IntStream.rangeClosed(3, 12).map(day -> 15 - day)
                    .mapToObj(day -> String.format("msq-offline-202503%02d-090000.db", day)).toList();
            assertThat(data.backups().list()).extracting(backup -> backup.getFileName().toString()).containsExactlyElementsOf(expected);
        }
        assertThat(folder.resolve("backups").toFile().list()).hasSize(Backups.KEEP);
    }

    @Test
    void aBackupIsADatabaseWithTheAnswers() throws SQLException, IOException {
        String id;
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE, clock)) {
            Questionnaire questionnaire = data.questionnaires().ensureBundled();
            id = data.responses().create(UnMemberStates.byIso3("AZE").orElseThrow(), questionnaire).id();
            data.answers().set(id, "contact-name", new Text("Aynur"), "Aynur");
        }
        clock.advance(Duration.ofDays(1));

        Path backup;
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE, clock)) {
            backup = data.backups().list().get(0);
            data.answers().set(id, "contact-name", new Text("changed after the backup"), "Bora");
        }

        assertThat(backup.getFileName().toString()).isEqualTo("msq-offline-20250302-090000.db");
        assertThat(SqliteFiles.listing(backup.getParent())).noneMatch(name -> name.endsWith(".partial"));
        try (Connection connection = SqliteFiles.connect(backup)) {
            assertThat(SqliteFiles.queryString(connection, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(SqliteFiles.queryInt(connection, "PRAGMA user_version")).isEqualTo(Database.MIGRATIONS.size());
            assertThat(SqliteFiles.queryString(connection,
                    "SELECT value FROM answer WHERE response_id = '" + id + "' AND item_id = 'contact-name'")).isEqualTo("\"Aynur\"");
        }
    }
}
