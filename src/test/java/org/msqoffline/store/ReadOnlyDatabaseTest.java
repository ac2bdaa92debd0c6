package org.msqoffline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.UnMemberStates;

/**
 * How a file in a folder that cannot be written to is opened for reading (the permissions themselves are
 * {@code cli.ReadOnlyFolderTest}): it reads, it creates nothing beside itself, a write is refused plainly, and a
 * file that would need migrating is refused as it is.
 */
class ReadOnlyDatabaseTest {
    @TempDir
    Path folder;

    @Test
    void aReadOnlyOpeningReadsCreatesNothingAndRefusesWritesPlainly() throws Exception {
        String response;
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            Questionnaire questionnaire = data.questionnaires().ensureBundled();
            response = data.responses().create(UnMemberStates.byIso3("AZE").orElseThrow(), questionnaire).id();
            data.answers().set(response, "contact-name", new AnswerValue.Text("Aynur"), "Aynur");
        }
        Path file = folder.resolve(DataFolder.DATABASE_FILE);
        List<String> before = SqliteFiles.listing(folder);
        String bytes = Json.sha256(Files.readAllBytes(file));

        try (Database database = Database.openReadOnly(file, () -> new StoreException(org.msqoffline.i18n.UserMessage.saying("needs writing")))) {
            QuestionnaireRepository questionnaires = new QuestionnaireRepository(database, java.time.Clock.systemUTC());
            AnswerRepository answers = new AnswerRepository(database, java.time.Clock.systemUTC());
            assertThat(answers.load(response, questionnaires.ensureBundled()).byItemId())
                    .containsEntry("contact-name", new AnswerValue.Text("Aynur"));
            assertThatThrownBy(() -> answers.set(response, "contact-name", new AnswerValue.Text("changed"), "Aynur"))
                    .isInstanceOf(StoreException.class).hasMessage("the data folder cannot be written to: nothing was saved");
            assertThat(database.integrityCheck()).isEqualTo("ok");
        }

        assertThat(SqliteFiles.listing(folder)).as("no -wal or -shm file, nothing new").isEqualTo(before);
        assertThat(Json.sha256(Files.readAllBytes(file))).isEqualTo(bytes);
    }

    @Test
    void aFileThatWouldNeedMigratingIsRefusedUntouched() throws Exception {
        Path file = folder.resolve(DataFolder.DATABASE_FILE);
        Database.open(file, 1).close();
        String bytes = Json.sha256(Files.readAllBytes(file));

        assertThatThrownBy(() -> Database.openReadOnly(file,
                () -> new StoreException(org.msqoffline.i18n.UserMessage.saying("the folder cannot be written to"))))
                .isInstanceOf(StoreException.class).hasMessage("the folder cannot be written to");

        assertThat(Json.sha256(Files.readAllBytes(file))).isEqualTo(bytes);
        assertThat(SqliteFiles.userVersion(file)).isEqualTo(1);
    }
}
