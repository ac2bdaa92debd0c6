package org.msqoffline.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.DesktopState;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.ProblemKind;
import org.msqoffline.store.FullDatabase;
import org.msqoffline.ui.ViewModelFixture;

class FormViewModelTest {
    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private FormViewModel form;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder);
        form = fixture.form();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ItemViewModel item(String id) {
        return form.item(id).orElseThrow();
    }

    @Test
    void answeringARequiredItemUpdatesSectionAndOverallProgress() {
        SectionViewModel contact = form.sections().get(0);
        int requiredBefore = form.completenessProperty().get().answeredRequiredCount();
        assertThat(contact.progressTextProperty().get()).isEqualTo("0 of 6 required answered");

        item("contact-country").setText("Kenya");

        assertThat(contact.progressTextProperty().get()).isEqualTo("1 of 6 required answered");
        assertThat(form.completenessProperty().get().answeredRequiredCount()).isEqualTo(requiredBefore + 1);
        assertThat(form.progressProperty().get()).isGreaterThan(0);
    }

    @Test
    void yesShowsTheFollowUpAndNoHidesItKeepingItsValueWhichNoLongerCounts() {
        ItemViewModel cio = item("a-cio-exists");
        ItemViewModel name = item("a-cio-name");
        assertThat(name.shownProperty().get()).isFalse();

        cio.choose("yes");
        assertThat(name.shownProperty().get()).isTrue();
        name.setText("Ada Lovelace");
        int answeredWithYes = form.completenessProperty().get().answeredCount();

        cio.choose("no");
        assertThat(name.shownProperty().get()).isFalse();
        assertThat(name.textValue()).isEqualTo("Ada Lovelace");
        assertThat(form.completenessProperty().get().answeredCount()).isEqualTo(answeredWithYes - 1);

        cio.choose("yes");
        assertThat(name.shownProperty().get()).isTrue();
        assertThat(name.textValue()).isEqualTo("Ada Lovelace");

        cio.choose(null);
        assertThat(cio.valueProperty().get()).isNull();
        assertThat(name.shownProperty().get()).isFalse();
    }

    @Test
    void aChangeIsSavedAfterThePauseOrAtOnceWhenTheFieldIsLeft() {
        item("contact-name").setText("Wanjiru");
        assertThat(fixture.responses.answer(fixture.response, "contact-name")).isEmpty();
        assertThat(fixture.tasks.scheduledCount()).isEqualTo(1);

        fixture.tasks.runScheduled();
        assertThat(fixture.responses.answer(fixture.response, "contact-name")).contains(new AnswerValue.Text("Wanjiru"));
        assertThat(fixture.saveStatus.textProperty().get()).startsWith("All changes saved at ");

        item("contact-title").setText("Director");
        item("contact-title").left();
        assertThat(fixture.responses.answer(fixture.response, "contact-title")).contains(new AnswerValue.Text("Director"));
        assertThat(fixture.tasks.scheduledCount()).isZero();
    }

    @Test
    void aSaveRefusedByAFullDiskIsSaidAndTriedAgainWithTheNextSaveOnceThereIsRoom() {
        item("contact-name").setText("Wanjiru");
        item("contact-name").left();
        FullDatabase.freeze(fixture.data);
        String longAnswer = "https://www.e-gov.ke/services and a long description of them. ".repeat(300);

        item("a-portal-eservices").setText(longAnswer);
        item("a-portal-eservices").left();
        assertThat(fixture.saveStatus.textProperty().get())
                .isEqualTo("Not saved: the disk is full: nothing was saved; free some space and try again");
        assertThat(fixture.saveStatus.failedProperty().get()).isTrue();
        assertThat(item("a-portal-eservices").textValue()).as("what was typed stays on screen").isEqualTo(longAnswer);
        assertThat(fixture.responses.answer(fixture.response, "a-portal-eservices")).isEmpty();

        FullDatabase.thaw(fixture.data);
        item("contact-title").setText("Director");
        item("contact-title").left();
        assertThat(fixture.responses.answer(fixture.response, "a-portal-eservices")).as("the refused answer, saved with the next save")
                .contains(new AnswerValue.Text(longAnswer));
        assertThat(fixture.responses.answer(fixture.response, "contact-title")).contains(new AnswerValue.Text("Director"));
        assertThat(fixture.responses.answer(fixture.response, "contact-name")).contains(new AnswerValue.Text("Wanjiru"));
        assertThat(fixture.saveStatus.textProperty().get()).startsWith("All changes saved at ");
        assertThat(fixture.saveStatus.failedProperty().get()).isFalse();
    }

    @Test
    void aRefusedSaveIsTriedAgainWhenTheFormIsFlushed() {
        FullDatabase.freeze(fixture.data);
        String longAnswer = "an answer too long for a full disk ".repeat(400);
        item("a-portal-eservices").setText(longAnswer);
        form.flushAll();
        assertThat(fixture.saveStatus.failedProperty().get()).isTrue();

        FullDatabase.thaw(fixture.data);
        form.flushAll();
        assertThat(fixture.responses.answer(fixture.response, "a-portal-eservices")).contains(new AnswerValue.Text(longAnswer));
        assertThat(fixture.saveStatus.failedProperty().get()).isFalse();
    }

    @Test
    void changingSectionSavesWhatIsPending() {
        item("contact-name").setText("Wanjiru");
        form.selectSection(3);
        assertThat(fixture.responses.answer(fixture.response, "contact-name")).isPresent();
        assertThat(new DesktopState(fixture.data).lastPlace()).get().extracting(DesktopState.Place::sectionId)
                .isEqualTo(form.sections().get(3).id());
    }

    @Test
    void problemsShowOnlyOnceTheItemWasTouchedOrTheReviewOpened() {
        ItemViewModel email = item("contact-email");
        email.setText("not an email");
        assertThat(email.problemProperty().get()).isEqualTo(ProblemKind.NOT_AN_EMAIL);
        assertThat(email.visibleProblemProperty().get()).isNull();

        email.left();
        assertThat(email.visibleProblemProperty().get()).contains("not an email address");

        ItemViewModel untouched = item("contact-country");
        assertThat(untouched.visibleProblemProperty().get()).isNull();
        // Passed through with Tab on a new response: no mistake to point out yet.
        untouched.left();
        assertThat(untouched.visibleProblemProperty().get()).isNull();
        ItemViewModel emptied = item("contact-title");
        emptied.setText("Adviser");
        emptied.setText("");
        emptied.left();
        assertThat(emptied.visibleProblemProperty().get()).isEqualTo("an answer is required");
        form.showAllProblemsProperty().set(true);
        assertThat(untouched.visibleProblemProperty().get()).isEqualTo("an answer is required");
    }

    @Test
    void aWrongAnswerSavedEarlierIsSaidAsSoonAsTheFormOpens() {
        ItemViewModel email = item("contact-email");
        email.setText("wanjiku@");
        email.left();
        form.flushAll();

        FormViewModel reopened = fixture.form();
        assertThat(reopened.item("contact-email").orElseThrow().visibleProblemProperty().get()).contains("not an email address");
    }

    @Test
    void freeTextOptionKeepsItsTextAndSelectsTheOption() {
        ItemViewModel respondent = item("contact-respondent");
        respondent.toggle("group-of-agencies", true);
        respondent.setFreeText("other", "Ministry task force");
        assertThat(respondent.isSelected("group-of-agencies")).isTrue();
        assertThat(respondent.isSelected("other")).isTrue();
        assertThat(respondent.freeText("other")).isEqualTo("Ministry task force");
        respondent.left();
        assertThat(fixture.responses.answer(fixture.response, "contact-respondent")).get()
                .matches(v -> v.selects("other") && v.selects("group-of-agencies"));
    }

    @Test
    void neighbourSkipsHiddenFollowUps() {
        ItemViewModel cio = item("a-cio-exists");
        assertThat(form.neighbour(cio, 1)).get().extracting(ItemViewModel::id).isNotEqualTo("a-cio-name");
        cio.choose("yes");
        assertThat(form.neighbour(cio, 1)).get().extracting(ItemViewModel::id).isEqualTo("a-cio-name");
    }
}
