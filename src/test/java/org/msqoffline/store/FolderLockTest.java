package org.msqoffline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerValue.Text;
import org.msqoffline.response.UnMemberStates;

/** One writer per data folder, in this process and across processes; readers are never kept out. */
class FolderLockTest {
    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @TempDir
    Path scratch;

    @Test
    void aSecondWriterInTheSameProcessIsRefused() {
        try (DataFolder first = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            assertThatThrownBy(() -> DataFolder.open(folder, DataFolder.Access.WRITE))
                    .isInstanceOf(FolderInUseException.class)
                    .hasMessageContaining("in use by another MSQ Offline")
                    .hasMessageContaining(folder.toString());
            assertThat(first.settings().get(Settings.CONTRIBUTOR)).isEmpty();
        }
    }

    @Test
    void aReaderWorksWhileAWriterHoldsTheFolder() {
        try (DataFolder writer = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            Questionnaire questionnaire = writer.questionnaires().ensureBundled();
            String id = writer.responses().create(UnMemberStates.byIso3("AZE").orElseThrow(), questionnaire).id();
            writer.answers().set(id, "contact-name", new Text("Aynur"), "Aynur");

            try (DataFolder reader = DataFolder.open(folder, DataFolder.Access.READ)) {
                assertThat(reader.responses().list()).hasSize(1);
                assertThat(reader.answers().load(id, questionnaire).get("contact-name")).contains(new Text("Aynur"));

                writer.answers().set(id, "contact-name", new Text("Bora"), "Bora");

                assertThat(reader.answers().load(id, questionnaire).get("contact-name")).contains(new Text("Bora"));
            }
        }
    }

    @Test
    void aWriterCanOpenTheFolderAgainOnceTheFirstClosedIt() {
        DataFolder first = DataFolder.open(folder, DataFolder.Access.WRITE);
        assertThatThrownBy(() -> DataFolder.open(folder, DataFolder.Access.WRITE)).isInstanceOf(FolderInUseException.class);

        first.close();

        try (DataFolder second = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            second.settings().put(Settings.CONTRIBUTOR, "Bora");
            assertThat(second.settings().get(Settings.CONTRIBUTOR)).contains("Bora");
        }
    }

    @Test
    void aWriterInAnotherProcessKeepsTheFolderUntilItDies() throws SQLException {
        DataFolder.open(folder, DataFolder.Access.WRITE).close();
        try (ChildJvm child = ChildJvm.start(scratch.resolve("holder.err"), FolderHolderProcess.class, "hold", folder.toString())) {
            child.awaitLine("locked"::equals, CHILD_TIMEOUT);

            assertThatThrownBy(() -> DataFolder.open(folder, DataFolder.Access.WRITE)).isInstanceOf(FolderInUseException.class);
            try (DataFolder reader = DataFolder.open(folder, DataFolder.Access.READ)) {
                assertThat(reader.responses().list()).isEmpty();
            }

            child.kill();
        }

        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            assertThat(data.database().integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aRefusedSecondWriterDoesNotFreeTheFolderForOtherProcesses() {
        try (DataFolder first = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            assertThatThrownBy(() -> DataFolder.open(folder, DataFolder.Access.WRITE)).isInstanceOf(FolderInUseException.class);

            try (ChildJvm child = ChildJvm.start(scratch.resolve("try.err"), FolderHolderProcess.class, "try", folder.toString())) {
                String verdict = child.awaitLine(line -> line.equals("locked") || line.equals("in-use"), CHILD_TIMEOUT);

                assertThat(verdict).as("another process opening the folder while this one writes").isEqualTo("in-use");
            }
            first.settings().put(Settings.CONTRIBUTOR, "still the only writer");
        }
    }
}
