package org.msqoffline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerCodec;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.AnswerValue.Choice;
import org.msqoffline.response.AnswerValue.Choices;
import org.msqoffline.response.AnswerValue.Text;
import org.msqoffline.response.Answers;
import org.msqoffline.response.HistoryEntry;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.response.UnMemberStates;

class AnswerRepositoryTest {
    private static final Map<String, AnswerValue> EVERY_KIND = Map.of(
            "contact-name", new Text("Aynur Məmmədova"),
            "a-portal-national", new Text("https://www.e-gov.az\nsecond line, \"quoted\""),
            "a-cio-exists", Choice.of("yes"),
            "b-crisis-strategy", new Choice("other", "a plan per ministry"),
            "contact-respondent", new Choices(List.of(Choice.of("authorized-knowledgeable"), new Choice("other", "the ministry"))));

    @TempDir
    Path folder;

    @Test
    void answersOfEveryKindAreTheSameAfterReopening() {
        String responseId;
        Answers written;
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            Questionnaire questionnaire = data.questionnaires().ensureBundled();
            responseId = data.responses().create(UnMemberStates.byIso3("AZE").orElseThrow(), questionnaire).id();
            EVERY_KIND.forEach((item, value) -> assertThat(data.answers().set(responseId, item, value, "Aynur")).isTrue());
            written = data.answers().load(responseId, questionnaire);
        }

        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            ResponseInfo response = data.responses().get(responseId).orElseThrow();
            Questionnaire questionnaire = data.questionnaires().get(response.questionnaireSha256()).orElseThrow();
            Answers loaded = data.answers().load(responseId, questionnaire);

            assertThat(response.countryIso3()).isEqualTo("AZE");
            assertThat(loaded.byItemId()).containsExactlyInAnyOrderEntriesOf(EVERY_KIND);
            assertThat(loaded).isEqualTo(written);
        }
    }

    @Test
    void settingTheSameValueAgainChangesNothing() {
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            Questionnaire questionnaire = data.questionnaires().ensureBundled();
            String id = data.responses().create(UnMemberStates.byIso3("AZE").orElseThrow(), questionnaire).id();
            Choices choices = (Choices) EVERY_KIND.get("contact-respondent");
            assertThat(data.answers().set(id, "contact-respondent", choices, "Aynur")).isTrue();
            Instant updated = data.responses().get(id).orElseThrow().updated();

            boolean changed = data.answers().set(id, "contact-respondent", new Choices(choices.choices()), "Bora");

            assertThat(changed).isFalse();
            assertThat(data.answers().history(id, "contact-respondent")).hasSize(1);
            assertThat(data.responses().get(id).orElseThrow().updated()).isEqualTo(updated);
        }
    }

    @Test
    void clearingAnAnswerRemovesItAndRecordsTheChange() {
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            Questionnaire questionnaire = data.questionnaires().ensureBundled();
            String id = data.responses().create(UnMemberStates.byIso3("AZE").orElseThrow(), questionnaire).id();
            data.answers().set(id, "a-cio-exists", Choice.of("no"), "Aynur");

            assertThat(data.answers().set(id, "a-cio-exists", null, "Bora")).isTrue();
            assertThat(data.answers().set(id, "a-cio-exists", null, "Bora")).as("clearing twice").isFalse();

            assertThat(data.answers().load(id, questionnaire).has("a-cio-exists")).isFalse();
            List<HistoryEntry> history = data.answers().history(id, "a-cio-exists");
            assertThat(history).hasSize(2);
            assertThat(history.get(1).oldValue()).isEqualTo("\"no\"");
            assertThat(history.get(1).newValue()).isNull();
            assertThat(history.get(1).changedBy()).isEqualTo("Bora");
        }
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.READ)) {
            String id = data.responses().list().get(0).id();
            assertThat(data.answers().load(id, data.questionnaires().ensureBundled()).byItemId()).isEmpty();
        }
    }

    @Test
    void historySaysWhoChangedWhatWhenInOrder() {
        TestClock clock = TestClock.at("2025-03-01T09:00:00Z");
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE, clock)) {
            Questionnaire questionnaire = data.questionnaires().ensureBundled();
            String id = data.responses().create(UnMemberStates.byIso3("AZE").orElseThrow(), questionnaire).id();
            Choice other = new Choice("other", "per ministry");

            clock.advance(Duration.ofMinutes(1));
            data.answers().set(id, "b-crisis-strategy", Choice.of("yes"), "Aynur");
            clock.advance(Duration.ofMinutes(1));
            data.answers().set(id, "b-crisis-strategy", Choice.of("yes"), "Bora");
            clock.advance(Duration.ofMinutes(1));
            data.answers().set(id, "b-crisis-strategy", other, "Bora");
            clock.advance(Duration.ofMinutes(1));
            data.answers().set(id, "b-crisis-strategy", null, "Aynur");
            data.answers().set(id, "a-cio-exists", Choice.of("yes"), "Aynur");

            assertThat(data.answers().history(id, "b-crisis-strategy"))
                    .extracting(HistoryEntry::changedBy, HistoryEntry::changedAt, HistoryEntry::oldValue, HistoryEntry::newValue)
                    .containsExactly(
                            tuple("Aynur", Instant.parse("2025-03-01T09:01:00Z"), null, "\"yes\""),
                            tuple("Bora", Instant.parse("2025-03-01T09:03:00Z"), "\"yes\"", AnswerCodec.toStoredJson(other)),
                            tuple("Aynur", Instant.parse("2025-03-01T09:04:00Z"), AnswerCodec.toStoredJson(other), null));
            assertThat(data.answers().history(id, "b-crisis-strategy"))
                    .extracting(HistoryEntry::sequence).isSorted().doesNotHaveDuplicates();
            assertThat(data.responses().get(id).orElseThrow().updated()).isEqualTo(Instant.parse("2025-03-01T09:04:00Z"));
        }
    }

    @Test
    void setAllChangesOnlyTheValuesThatDiffer() {
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            Questionnaire questionnaire = data.questionnaires().ensureBundled();
            String id = data.responses().create(UnMemberStates.byIso3("AZE").orElseThrow(), questionnaire).id();
            data.answers().set(id, "contact-name", new Text("Aynur"), "Aynur");
            data.answers().set(id, "a-cio-exists", Choice.of("yes"), "Aynur");

            int changed = data.answers().setAll(id, Map.of(
                    "contact-name", new Text("Aynur"),
                    "a-cio-exists", AnswerRepository.Cleared.INSTANCE,
                    "contact-title", new Text("Director")), "Bora");

            assertThat(changed).isEqualTo(2);
            assertThat(data.answers().load(id, questionnaire).byItemId())
                    .containsOnly(Map.entry("contact-name", new Text("Aynur")), Map.entry("contact-title", new Text("Director")));
        }
    }
}
