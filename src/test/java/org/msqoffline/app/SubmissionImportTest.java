package org.msqoffline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msqoffline.exchange.InvalidSubmissionException;
import org.msqoffline.i18n.Messages;
import org.msqoffline.json.Json;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Completeness;
import org.msqoffline.response.Problem;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The shipped sample, strict import and deterministic export, on a real data folder. */
class SubmissionImportTest {
    @TempDir
    Path folder;

    private DataFolder data;
    private Responses responses;

    @BeforeEach
    void open() {
        data = DataFolder.open(folder, DataFolder.Access.WRITE);
        responses = new Responses(data);
    }

    @AfterEach
    void close() {
        data.close();
    }

    private static ObjectNode sample() {
        return (ObjectNode) Json.read(SampleData.azerbaijan2024());
    }

    @Test
    void theSampleAnswersTheBundledDefinition() {
        JsonNode sample = sample();
        assertThat(sample.at("/questionnaire/sha256").asString()).isEqualTo(data.questionnaires().ensureBundled().sha256());
        assertThat(sample.get("answers").size()).isEqualTo(120);
    }

    @Test
    void theImportedSampleMissesExactlyWhatTheExportLost() {
        ResponseInfo response = responses.importSample("Tester");
        Completeness completeness = responses.check(response);
        assertThat(completeness.problems()).extracting(p -> p.item().number())
                .as("6 and 126: choices the export lost; 59: no follow-up answered; 94: its follow-up is a placeholder")
                .containsExactly("6", "59", "94", "126");
        assertThat(completeness.problems()).allMatch(p -> p.kind().isMissing());
        assertThat(completeness.problems().get(0).line(Messages.english())).isEqualTo("6 contact-respondent: an answer is required");
    }

    @Test
    void importedAnswersKeepTheExportsTextExactly() {
        ResponseInfo response = responses.importSample("Tester");
        AnswerValue email = responses.answer(response, "contact-email").orElseThrow();
        assertThat(email).isEqualTo(new AnswerValue.Text("shahin.aliyev@idda.az"));
        AnswerValue procurement = responses.answer(response, "a-portal-procurement").orElseThrow();
        assertThat(((AnswerValue.Text) procurement).text()).startsWith("E-procurement portal. Link: <https://etender.gov.az/>  \n");
        assertThat(responses.answer(response, "c-foi-law")).contains(AnswerValue.Choice.of("yes"));
        assertThat(responses.history(response, "c-foi-law")).singleElement()
                .satisfies(entry -> assertThat(entry.changedBy()).isEqualTo("Tester"));
    }

    @Test
    void exportIsDeterministicApartFromItsTimestamps() throws Exception {
        ResponseInfo response = responses.importSample("Tester");
        byte[] first = responses.submissionJson(response);
        Thread.sleep(5);
        byte[] second = responses.submissionJson(response);
        ObjectNode a = (ObjectNode) Json.read(first);
        ObjectNode b = (ObjectNode) Json.read(second);
        assertThat(a.get("response").get("exported")).isNotEqualTo(b.get("response").get("exported"));
        a.remove("response");
        b.remove("response");
        assertThat(Json.pretty(a)).isEqualTo(Json.pretty(b));
        assertThat(a.get("answers")).isEqualTo(sample().get("answers"));
        assertThat(a.at("/completeness/missing").toString()).isEqualTo(
                "[\"contact-respondent\",\"d-strategy-exists\",\"d-foresight\",\"consent-publish\"]");
    }

    @Test
    void anExportedResponseImportsBackToTheSameAnswers() throws Exception {
        ResponseInfo original = responses.importSample("Tester");
        ResponseInfo copy = responses.importSubmission(responses.submissionJson(original), "Tester");
        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(responses.answers(copy)).isEqualTo(responses.answers(original));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown item              | /answers/no-such-item | "x"          | unknown item id "no-such-item"
            text where choice wanted  | /answers/c-foi-law    | 1            | takes an option id
            unknown option            | /answers/c-foi-law    | "perhaps"    | has no option "perhaps"
            list for a text item      | /answers/contact-name | ["a"]        | takes text
            country not a member      | /country/iso3         | "XYZ"        | not the ISO3 code of a UN Member State
            unknown definition        | /questionnaire/sha256 | "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" | not known here
            badly formed sha          | /questionnaire/sha256 | "abc"        | /questionnaire/sha256
            wrong format              | /format               | "msq-submission/9" | /format
            """)
    void strictImportRefusesTheWholeFileAndWritesNothing(String description, String pointer, String json, String reason) {
        ObjectNode submission = sample();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        ((ObjectNode) submission.at(parent)).set(field, Json.read(json.getBytes(StandardCharsets.UTF_8)));
        int before = responses.list().size();
        assertThatThrownBy(() -> responses.importSubmission(Json.pretty(submission), "Tester"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining(reason);
        assertThat(responses.list()).hasSize(before);
    }

    @Test
    void everyBadAnswerIsReportedAtOnce() {
        ObjectNode submission = sample();
        ObjectNode answers = (ObjectNode) submission.get("answers");
        answers.put("c-foi-law", "perhaps");
        answers.put("ghost", "boo");
        InvalidSubmissionException error = org.junit.jupiter.api.Assertions.assertThrows(InvalidSubmissionException.class,
                () -> responses.importSubmission(Json.pretty(submission), "Tester"));
        assertThat(error.problems()).hasSize(2);
        assertThat(error.getMessage()).doesNotContain("\n");
    }

    @Test
    void notJsonIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> responses.importSubmission("{\"format\": ".getBytes(StandardCharsets.UTF_8), "Tester"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("not valid JSON");
        assertThat(responses.list()).isEmpty();
    }

    @Test
    void createRefusesAnUnknownCountryAndQuestionnaire() {
        assertThatThrownBy(() -> responses.create("PSE", null)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("not the ISO3 code of a UN Member State");
        assertThatThrownBy(() -> responses.create("FRA", "msq-1999")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("no questionnaire \"msq-1999\"");
        assertThat(responses.create("fra", "msq-2024").countryName()).isEqualTo("France");
        List<Problem> missing = responses.check(responses.list().get(0)).missing();
        assertThat(missing).hasSize(65);
    }
}
