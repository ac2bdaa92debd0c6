package org.msqoffline.ui.collaborate;

import java.nio.file.Files;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.Delegations;
import org.msqoffline.app.Responses;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.QuestionnaireLoader;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.ProblemKind;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.response.SectionProgress;
import org.msqoffline.store.DataFolder;
import org.msqoffline.ui.ViewModelFixture;
import org.msqoffline.ui.common.SaveStatus;
import org.msqoffline.ui.form.FormViewModel;
import org.msqoffline.ui.form.ItemViewModel;
import tools.jackson.databind.node.ObjectNode;

/** Carried-forward answers to confirm, and read-only items in a response received from a coordinator. */
class FormMarksTest {
    @TempDir
    Path folder;

    @TempDir
    Path ministryFolder;

    private ViewModelFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private FormViewModel form(Responses responses, ResponseInfo response) {
        return new FormViewModel(responses, response, responses.questionnaireOf(response), responses.answers(response), () -> "Tester",
                fixture.tasks, new SaveStatus(fixture.messages, Clock.systemUTC()), null, fixture.messages);
    }

    private static ItemViewModel item(FormViewModel form, String id) {
        return form.item(id).orElseThrow();
    }

    @Test
    void aCarriedForwardResponseOpensWithItsAnswersToConfirmOneByOne() throws Exception {
        ObjectNode next = (ObjectNode) Json.read(QuestionnaireLoader.bundledBytes(QuestionnaireLoader.BUNDLED_MSQ_2024));
        next.put("edition", "2026");
        fixture.responses.definitions().importDefinition(Json.pretty(next));
        ResponseInfo earlier = fixture.responses.importSample("Tester");
        AtomicReference<ResponseInfo> opened = new AtomicReference<>();
        CarryForwardViewModel carry = new CarryForwardViewModel(fixture.responses, earlier, () -> "Tester", fixture.tasks,
                fixture.messages, opened::set);
        carry.load();
        assertThat(carry.editions()).extracting(q -> q.edition()).containsExactly("2026");
        carry.carryForward();
        assertThat(carry.errorProperty().get()).isEmpty();
        assertThat(opened.get()).isNotNull();

        FormViewModel form = form(fixture.responses, opened.get());
        ItemViewModel name = item(form, "contact-name");
        assertThat(name.carriedFromProperty().get()).isEqualTo("2024");
        assertThat(name.problemProperty().get()).isEqualTo(ProblemKind.UNCONFIRMED);
        assertThat(form.completenessProperty().get().unconfirmed()).as("the review lists them").isNotEmpty();

        name.confirm();
        assertThat(name.carriedFromProperty().get()).isNull();
        assertThat(name.problemProperty().get()).isNull();
        assertThat(fixture.responses.carriedFrom(opened.get())).doesNotContainKey("contact-name");

        ItemViewModel title = item(form, "contact-title");
        title.setText("Head of the e-government office");
        assertThat(title.carriedFromProperty().get()).as("editing confirms too").isNull();
    }

    @Test
    void theDefinitionOfANewEditionIsImportedFromTheCarryForwardWindowAndChosen(@TempDir Path files) throws Exception {
        ResponseInfo earlier = fixture.responses.importSample("Tester");
        CarryForwardViewModel carry = new CarryForwardViewModel(fixture.responses, earlier, () -> "Tester", fixture.tasks,
                fixture.messages, opened -> { });
        carry.load();
        assertThat(carry.editions()).isEmpty();
        assertThat(carry.messageProperty().get()).contains("Import the definition of the new edition");

        Path notADefinition = Files.writeString(files.resolve("notes.json"), "{\"not\": 1}");
        carry.importDefinition(notADefinition);
        assertThat(carry.errorProperty().get()).startsWith("Not imported: ").doesNotContain("\n");
        assertThat(fixture.responses.definitions().list()).hasSize(1);

        ObjectNode next = (ObjectNode) Json.read(QuestionnaireLoader.bundledBytes(QuestionnaireLoader.BUNDLED_MSQ_2024));
        next.put("edition", "2026");
        Path definition = Files.write(notADefinition.resolveSibling("msq-2026.json"), Json.pretty(next));
        carry.importDefinition(definition);
        assertThat(carry.errorProperty().get()).isEmpty();
        assertThat(carry.editions()).extracting(q -> q.edition()).containsExactly("2026");
        assertThat(carry.chosenProperty().get().edition()).isEqualTo("2026");
    }

    @Test
    void itemsOutsideAReceivedDelegationAreReadOnly() throws Exception {
        withReceivedPart(form -> {
            assertThat(form.sections().get(form.sectionIndexProperty().get()).id()).as("opens on the part delegated").isEqualTo("c");
            ItemViewModel name = item(form, "contact-name");
            assertThat(name.editableProperty().get()).isFalse();
            form.showAllProblemsProperty().set(true);
            assertThat(name.visibleProblemProperty().get()).as("the coordinator's empty item is not the delegate's to fix").isNull();
            name.setText("Someone else");
            assertThat(name.valueProperty().get()).as("a read-only item ignores edits").isNull();
            ItemViewModel details = item(form, "c-foi-law-details");
            assertThat(details.editableProperty().get()).isTrue();
            details.setText("Amended 2023");
            assertThat(details.valueProperty().get()).isEqualTo(new AnswerValue.Text("Amended 2023"));
        });
    }

    /** A part received from a coordinator said "4 of 67 required answered": it counted the coordinator's items too. */
    @Test
    void aReceivedPartCountsOnlyTheItemsDelegated() throws Exception {
        withReceivedPart(form -> {
            SectionProgress c = form.completenessProperty().get().sections().stream().filter(s -> s.section().id().equals("c"))
                    .findFirst().orElseThrow();
            assertThat(c.required()).isLessThan(form.completenessProperty().get().requiredCount());
            assertThat(form.progressTextProperty().get()).isEqualTo(fixture.messages.get("ui.form.progress", c.answeredRequired(),
                    c.required(), Math.round(c.fraction() * 100)));
        });
    }

    private interface FormCheck {
        void check(FormViewModel form) throws Exception;
    }

    /** Section C of the sample delegated by a coordinator, and the part opened by the ministry that received it. */
    private void withReceivedPart(FormCheck check) throws Exception {
        ResponseInfo original = fixture.responses.importSample("Coordinator");
        Delegations.Issued issued = new Delegations(fixture.data, fixture.responses)
                .delegate(original, List.of(), List.of("C"), "Ministry of Justice", "Coordinator");
        try (DataFolder ministryData = DataFolder.open(ministryFolder, DataFolder.Access.WRITE)) {
            Responses ministry = new Responses(ministryData);
            ResponseInfo part = new Delegations(ministryData, ministry).importDelegation(issued.file(), "Leyla");
            FormViewModel form = form(ministry, part);
            check.check(form);
        }
    }
}
