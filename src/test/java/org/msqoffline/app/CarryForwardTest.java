package org.msqoffline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.QuestionnaireLoader;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Completeness;
import org.msqoffline.response.ProblemKind;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Carrying the Azerbaijan 2024 answers into a "2026" edition with a renamed, a removed and a changed item. */
public class CarryForwardTest {
    @TempDir
    Path folder;

    private DataFolder data;
    private Responses responses;

    @BeforeEach
    void open() throws Exception {
        data = DataFolder.open(folder, DataFolder.Access.WRITE);
        responses = new Responses(data);
        responses.definitions().importDefinition(edition2026());
    }

    @AfterEach
    void close() {
        data.close();
    }

    /** The MSQ 2024 as a 2026 edition: 38 renamed, 125 removed, 81 without its "maybe" option. */
    public static byte[] edition2026() {
        ObjectNode definition = (ObjectNode) Json.read(QuestionnaireLoader.bundledBytes(QuestionnaireLoader.BUNDLED_MSQ_2024));
        definition.put("edition", "2026");
        ((ObjectNode) definition.at("/sections/3/items/1")).put("id", "c-access-to-information-details");
        definition.putObject("previousIds").put("c-foi-law-details", "c-access-to-information-details");
        ((ArrayNode) definition.at("/sections/7/items")).remove(2);
        ObjectNode inclusion = (ObjectNode) definition.at("/sections/4/items/22");
        assertThat(inclusion.get("number").asString()).isEqualTo("81");
        ((ArrayNode) inclusion.get("options")).remove(1);
        ((ArrayNode) definition.at("/sections/4/items/23/showIf/anyOf")).remove(1);
        return Json.pretty(definition);
    }

    @Test
    void answersComeAlongByIdAndThroughPreviousIds() {
        ResponseInfo earlier = responses.importSample("Coordinator");
        Responses.CarriedForward result = responses.carryForward(earlier, "msq-2026", "Coordinator");
        ResponseInfo next = result.response();
        assertThat(responses.questionnaireOf(next).edition()).isEqualTo("2026");
        assertThat(next.countryIso3()).isEqualTo("AZE");
        assertThat(responses.answer(next, "c-access-to-information-details")).isEqualTo(responses.answer(earlier, "c-foi-law-details"));
        assertThat(responses.answer(next, "contact-name")).contains(new AnswerValue.Text("Shahin Aliyev"));
        assertThat(result.dropped()).extracting(d -> d.item().number()).containsExactly("125");
        assertThat(result.carried()).isEqualTo(119);
    }

    @Test
    void carriedAnswersAreToConfirmUntilConfirmedOrEdited() {
        ResponseInfo next = responses.carryForward(responses.importSample("Coordinator"), "msq-2026", "Coordinator").response();
        Completeness before = responses.check(next);
        assertThat(before.unconfirmed()).as("every carried answer of the sample is shown").hasSize(119)
                .allMatch(p -> p.kind() == ProblemKind.UNCONFIRMED);
        assertThat(before.complete()).isFalse();

        var name = responses.item(next, "contact-name");
        assertThat(responses.confirm(next, name)).isTrue();
        assertThat(responses.confirm(next, name)).as("confirming twice changes nothing").isFalse();
        var title = responses.item(next, "contact-title");
        responses.setAnswer(next, title, new AnswerValue.Text("Adviser to the Chairman"), "Coordinator");
        Completeness after = responses.check(next);
        assertThat(after.unconfirmed()).hasSize(before.unconfirmed().size() - 2);
        assertThat(after.unconfirmed()).noneMatch(p -> p.item().id().equals("contact-name") || p.item().id().equals("contact-title"));
    }

    @Test
    void theExportedJsonListsTheUnconfirmedAnswers() {
        ResponseInfo next = responses.carryForward(responses.importSample("Coordinator"), "msq-2026", "Coordinator").response();
        var json = Json.read(responses.submissionJson(next));
        assertThat(json.at("/completeness/unconfirmed").size()).isEqualTo(responses.check(next).unconfirmed().size());
        assertThat(json.at("/completeness/invalid").size()).isZero();
    }

    @Test
    void carryingIntoTheSameDefinitionIsRefused() {
        ResponseInfo earlier = responses.importSample("Coordinator");
        assertThatThrownBy(() -> responses.carryForward(earlier, "msq-2024", "Coordinator"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("already answers");
    }

    @Test
    void anOptionThatNoLongerExistsIsLeftBehindWithTheReason() {
        ResponseInfo earlier = responses.importSample("Coordinator");
        var inclusion = responses.item(earlier, "d-ref-inclusion-by-default");
        responses.setAnswer(earlier, inclusion, AnswerValue.Choice.of("maybe"), "Coordinator");
        Responses.CarriedForward result = responses.carryForward(earlier, "msq-2026", "Coordinator");
        assertThat(result.dropped()).anySatisfy(d -> {
            assertThat(d.item().id()).isEqualTo("d-ref-inclusion-by-default");
            assertThat(d.reason().english()).contains("has no option \"maybe\"");
        });
        assertThat(new String(Json.canonical(Json.read(responses.submissionJson(result.response()))), StandardCharsets.UTF_8))
                .doesNotContain("\"maybe\"");
    }
}
