package org.msqoffline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerValue.Choice;
import org.msqoffline.response.AnswerValue.Text;
import org.msqoffline.response.Answers;
import org.msqoffline.response.HistoryEntry;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.response.UnMemberStates;

class ResponseRepositoryTest {
    @TempDir
    Path folder;

    private final TestClock clock = TestClock.at("2025-03-01T09:00:00Z");
    private DataFolder data;
    private Questionnaire questionnaire;
    private ResponseInfo original;

    @BeforeEach
    void createResponseWithAnswers() {
        data = DataFolder.open(folder, DataFolder.Access.WRITE, clock);
        questionnaire = data.questionnaires().ensureBundled();
        original = data.responses().create(UnMemberStates.byIso3("AZE").orElseThrow(), questionnaire);
        data.answers().set(original.id(), "contact-name", new Text("Aynur"), "Aynur");
        data.answers().set(original.id(), "a-cio-exists", Choice.of("yes"), "Aynur");
        clock.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void duplicateCopiesCountryDefinitionAndAnswers() {
        ResponseInfo copy = data.responses().duplicate(original.id(), "Bora");

        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.countryIso3()).isEqualTo("AZE");
        assertThat(copy.questionnaireSha256()).isEqualTo(questionnaire.sha256());
        Answers copied = data.answers().load(copy.id(), questionnaire);
        assertThat(copied).isEqualTo(data.answers().load(original.id(), questionnaire));
        assertThat(copied.byItemId()).hasSize(2);
        assertThat(data.answers().history(copy.id(), "contact-name"))
                .extracting(HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::changedBy)
                .containsExactly(tuple(null, "\"Aynur\"", "Bora"));
        assertThat(data.responses().list()).extracting(ResponseInfo::id).containsExactlyInAnyOrder(original.id(), copy.id());
    }

    @Test
    void duplicateIsIndependentOfTheOriginal() {
        ResponseInfo copy = data.responses().duplicate(original.id(), "Bora");

        data.answers().set(copy.id(), "contact-name", new Text("Bora"), "Bora");

        assertThat(data.answers().load(original.id(), questionnaire).get("contact-name")).contains(new Text("Aynur"));
        assertThat(data.answers().load(copy.id(), questionnaire).get("contact-name")).contains(new Text("Bora"));
    }

    @Test
    void movingToTheBinHidesTheResponseFromTheList() {
        data.responses().moveToBin(original.id());

        assertThat(data.responses().list()).isEmpty();
        assertThat(data.responses().bin()).extracting(ResponseInfo::id).containsExactly(original.id());
        assertThat(data.responses().get(original.id()).orElseThrow().deleted()).isTrue();
        assertThat(data.answers().load(original.id(), questionnaire).byItemId()).as("answers kept in the bin").hasSize(2);
    }

    @Test
    void restoringFromTheBinBringsTheResponseBack() {
        data.responses().moveToBin(original.id());

        data.responses().restoreFromBin(original.id());

        assertThat(data.responses().bin()).isEmpty();
        assertThat(data.responses().list()).extracting(ResponseInfo::id).containsExactly(original.id());
        assertThat(data.responses().get(original.id()).orElseThrow().deleted()).isFalse();
        assertThat(data.answers().load(original.id(), questionnaire).byItemId()).hasSize(2);
    }

    @Test
    void theBinSurvivesReopening() {
        ResponseInfo kept = data.responses().duplicate(original.id(), "Bora");
        data.responses().moveToBin(original.id());
        data.close();

        data = DataFolder.open(folder, DataFolder.Access.READ, clock);

        assertThat(data.responses().list()).extracting(ResponseInfo::id).containsExactly(kept.id());
        assertThat(data.responses().bin()).extracting(ResponseInfo::id).containsExactly(original.id());
    }

    @Test
    void binningAnUnknownResponseIsRefused() {
        assertThatThrownBy(() -> data.responses().moveToBin("nosuchid00"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("nosuchid00");
    }
}
