package org.msqoffline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.HistoryEntry;
import org.msqoffline.response.UnMemberStates;

/**
 * A database that may not grow (SQLite's own {@code max_page_count}, which fails a write with SQLITE_FULL exactly
 * as a full disk does) on the long-lived connection the desktop app keeps: the save is refused with the plain
 * full-disk sentence, nothing half-written stays behind, and once there is room again the same connection saves.
 * The full disk itself (ENOSPC from the kernel) is {@code cli.FullDiskTest}.
 */
class DatabaseFullTest {
    private static final String CONTRIBUTOR = "full-disk-test";

    @TempDir
    Path folder;

    @Test
    void aFullDatabaseRefusesTheSavePlainlyKeepsEveryEarlierAnswerAndSavesAgainOnceThereIsRoom() throws SQLException {
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            Questionnaire questionnaire = data.questionnaires().ensureBundled();
            String response = data.responses().create(UnMemberStates.byIso3("AZE").orElseThrow(), questionnaire).id();
            Map<String, AnswerValue> acknowledged = new LinkedHashMap<>();
            acknowledged.put("a-portal-national", new AnswerValue.Text("https://www.e-gov.az"));
            acknowledged.put("a-portal-eservices", new AnswerValue.Text("https://www.e-gov.az/services"));
            acknowledged.put("a-cio-exists", AnswerValue.Choice.of("yes"));
            acknowledged.forEach((item, value) -> assertThat(data.answers().set(response, item, value, CONTRIBUTOR)).isTrue());
            int historyBefore = data.answers().history(response, "a-portal-eservices").size();

            FullDatabase.freeze(data);
            String big = "a long answer that needs new pages ".repeat(2_000);
            assertThatThrownBy(() -> data.answers().set(response, "a-portal-eservices", new AnswerValue.Text(big), CONTRIBUTOR))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("the disk is full: nothing was saved; free some space and try again");
            assertThatThrownBy(() -> data.answers().set(response, "a-portal-eparticipation", new AnswerValue.Text(big), CONTRIBUTOR))
                    .as("a second attempt on the same connection").isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("the disk is full");

            assertThat(data.database().integrityCheck()).isEqualTo("ok");
            assertThat(data.answers().load(response, questionnaire).byItemId()).containsExactlyInAnyOrderEntriesOf(acknowledged);
            assertThat(data.answers().history(response, "a-portal-eservices")).as("no history of a refused save").hasSize(historyBefore);
            assertThat(data.answers().history(response, "a-portal-eparticipation")).isEmpty();

            FullDatabase.thaw(data);
            assertThat(data.answers().set(response, "a-portal-eservices", new AnswerValue.Text(big), CONTRIBUTOR))
                    .as("with room again, the same connection saves").isTrue();
            acknowledged.put("a-portal-eservices", new AnswerValue.Text(big));
        }

        try (DataFolder reopened = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            assertThat(reopened.database().integrityCheck()).isEqualTo("ok");
            String response = reopened.responses().list().get(0).id();
            Questionnaire questionnaire = reopened.questionnaires().ensureBundled();
            assertThat(reopened.answers().load(response, questionnaire).byItemId().get("a-portal-eservices"))
                    .isEqualTo(new AnswerValue.Text("a long answer that needs new pages ".repeat(2_000)));
            List<HistoryEntry> history = reopened.answers().history(response, "a-portal-eservices");
            assertThat(history.get(history.size() - 1).changedBy()).isEqualTo(CONTRIBUTOR);
        }
    }
}
