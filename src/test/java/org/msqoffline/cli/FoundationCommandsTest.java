package org.msqoffline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.SampleData;
import org.msqoffline.json.Json;
import tools.jackson.databind.JsonNode;
import org.msqoffline.cli.CommandLineHarness.Run;

/** The command line as a script would use it: output, exit codes, and one-line errors. */
class FoundationCommandsTest {
    @TempDir
    Path temp;


    private Run run(String... args) {
        return CommandLineHarness.run(temp.resolve("data"), args);
    }

    private Path sampleFile() throws Exception {
        Path file = temp.resolve("azerbaijan.json");
        Files.write(file, SampleData.azerbaijan2024());
        return file;
    }

    @Test
    void itemsPrintsTheHundredAndTwentySixItemsAsJsonLines() {
        Run run = run("questionnaire", "items");
        assertThat(run.code()).isZero();
        assertThat(run.lines()).hasSize(126);
        JsonNode first = Json.read(run.lines().get(0).getBytes(StandardCharsets.UTF_8));
        assertThat(first.get("number").asString()).isEqualTo("1");
        assertThat(first.get("text").asString()).isEqualTo("Country name");
        assertThat(first.get("showIf").isNull()).isTrue();
        JsonNode followUp = Json.read(run.lines().get(37).getBytes(StandardCharsets.UTF_8));
        assertThat(followUp.get("number").asString()).isEqualTo("38");
        assertThat(followUp.at("/showIf/item").asString()).isEqualTo("c-foi-law");
        JsonNode choice = Json.read(run.lines().get(36).getBytes(StandardCharsets.UTF_8));
        assertThat(choice.at("/options/0/id").asString()).isEqualTo("yes");
        assertThat(choice.at("/options/0/freeText").asBoolean()).isFalse();
    }

    @Test
    void importingTheSampleThenCheckingReportsWhatIsMissing() throws Exception {
        Run imported = run("response", "import", sampleFile().toString());
        assertThat(imported.code()).isZero();
        String id = imported.out().strip();
        Run check = run("response", "check", id);
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.lines()).startsWith("6 contact-respondent: an answer is required",
                "59 d-strategy-exists: an answer is required", "94 d-foresight: an answer is required",
                "126 consent-publish: an answer is required");
        Run json = run("response", "check", id, "--json");
        assertThat(Json.read(json.out().getBytes(StandardCharsets.UTF_8)).get("problems")).hasSize(4);
    }

    @Test
    void answeringTheMissingItemsCompletesTheResponse() throws Exception {
        String id = run("response", "import", sampleFile().toString()).out().strip();
        assertThat(run("answer", "set", id, "contact-respondent", "[\"group-of-agencies\"]", "--json").code()).isZero();
        assertThat(run("answer", "set", id, "d-strategy-exists", "yes").code()).isZero();
        assertThat(run("response", "check", id).out()).contains("60 d-strategy-cycle: an answer is required");
        assertThat(run("answer", "set", id, "d-strategy-cycle", "{\"option\":\"other\",\"text\":\"Four-year\"}", "--json").code()).isZero();
        assertThat(run("answer", "set", id, "d-foresight", "no").code()).isZero();
        assertThat(run("answer", "set", id, "consent-publish", "yes").code()).isZero();
        Run check = run("response", "check", id);
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(run("answer", "get", id, "d-strategy-cycle").out().strip()).isEqualTo("{\"option\":\"other\",\"text\":\"Four-year\"}");
        assertThat(run("answer", "get", id, "contact-respondent").out().strip()).isEqualTo("[\"group-of-agencies\"]");
    }

    @Test
    void answerSetGetAndHistoryRoundTrip() {
        String id = run("response", "create", "--country", "KEN").out().strip();
        assertThat(id).matches("[a-z0-9]{10}");
        assertThat(run("answer", "set", id, "contact-name", "Wanjiru Kamau").code()).isZero();
        assertThat(run("answer", "set", id, "contact-name", "Wanjiru N. Kamau").code()).isZero();
        assertThat(run("answer", "get", id, "contact-name").out()).isEqualTo("Wanjiru N. Kamau" + System.lineSeparator());
        List<String> history = run("answer", "history", id, "contact-name").lines();
        assertThat(history).hasSize(2);
        assertThat(history.get(1)).endsWith("\t\"Wanjiru Kamau\"\t\"Wanjiru N. Kamau\"");
        assertThat(history.get(0)).contains("(no answer)");
        assertThat(run("answer", "set", id, "contact-name", "").code()).isZero();
        Run cleared = run("answer", "get", id, "contact-name");
        assertThat(cleared.code()).isEqualTo(1);
        assertThat(cleared.err()).startsWith("error: item 2 (contact-name) has no answer");
    }

    @Test
    void exportJsonWritesTheSubmission() throws Exception {
        String id = run("response", "import", sampleFile().toString()).out().strip();
        Path out = temp.resolve("out.json");
        assertThat(run("response", "export-json", id, "--out", out.toString()).code()).isZero();
        JsonNode exported = Json.read(Files.readAllBytes(out));
        assertThat(exported.get("format").asString()).isEqualTo("msq-submission/1");
        assertThat(exported.at("/country/iso3").asString()).isEqualTo("AZE");
        assertThat(exported.get("answers")).isEqualTo(Json.read(SampleData.azerbaijan2024()).get("answers"));
    }

    @Test
    void listShowsResponsesWithProgress() throws Exception {
        String id = run("response", "import", sampleFile().toString()).out().strip();
        assertThat(run("response", "list").out()).contains(id).contains("Azerbaijan").contains("105/109");
        JsonNode json = Json.read(run("response", "list", "--json").out().getBytes(StandardCharsets.UTF_8));
        assertThat(json.get(0).get("id").asString()).isEqualTo(id);
        assertThat(json.get(0).get("questionnaire").asString()).isEqualTo("msq-2024");
    }

    @Test
    void validateSaysValidInvalidOrUnreadable() throws Exception {
        Path good = temp.resolve("good.json");
        Files.write(good, org.msqoffline.questionnaire.QuestionnaireLoader.bundledBytes("msq-2024.json"));
        Run valid = run("questionnaire", "validate", good.toString());
        assertThat(valid.code()).isZero();
        assertThat(valid.out()).startsWith("valid: msq 2024 (1.0.0), 126 items");

        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, Files.readString(good).replaceFirst("\"anyOf\": \\[\\s*\"yes\"", "\"anyOf\": [\"oui\""));
        Run invalid = run("questionnaire", "validate", bad.toString());
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.out()).contains("has no option \"oui\"");
        assertThat(invalid.err()).startsWith("error: invalid questionnaire definition").doesNotContain("Exception");

        Run missing = run("questionnaire", "validate", temp.resolve("nowhere.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: no such file: " + temp.resolve("nowhere.json") + System.lineSeparator());
    }

    @Test
    void importedDefinitionsAreListedAndUsable() throws Exception {
        Path edition = temp.resolve("msq-2026.json");
        Files.writeString(edition, new String(org.msqoffline.questionnaire.QuestionnaireLoader.bundledBytes("msq-2024.json"),
                StandardCharsets.UTF_8).replace("\"edition\": \"2024\"", "\"edition\": \"2026\""));
        Run imported = run("questionnaire", "import", edition.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo("msq-2026");
        assertThat(run("questionnaire", "list").out()).contains("msq-2024").contains("msq-2026");
        String id = run("response", "create", "--country", "BRA", "--questionnaire", "msq-2026").out().strip();
        assertThat(run("response", "list").out()).contains(id).contains("msq-2026");
    }

    @Test
    void badInputGivesOneLineAndExitTwo() throws Exception {
        assertThat(run("response", "check", "nosuchid")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("error: there is no response \"nosuchid\"; `response list` shows them" + System.lineSeparator());
        });
        String id = run("response", "create", "--country", "AZE").out().strip();
        Run wrongOption = run("answer", "set", id, "c-foi-law", "perhaps");
        assertThat(wrongOption.code()).isEqualTo(2);
        assertThat(wrongOption.err()).startsWith("error: item 37 has no option \"perhaps\"");
        Run unknownItem = run("answer", "set", id, "nothing", "x");
        assertThat(unknownItem.err()).startsWith("error: no item \"nothing\"");
        Run unknownCommand = run("response", "frobnicate");
        assertThat(unknownCommand.code()).isEqualTo(2);
        assertThat(unknownCommand.err()).startsWith("error: ");
        Run badCountry = run("response", "create", "--country", "ZZZ");
        assertThat(badCountry.code()).isEqualTo(2);
        assertThat(badCountry.err().lines()).hasSize(1);
        Path notJson = temp.resolve("notes.txt");
        Files.writeString(notJson, "hello");
        Run refused = run("response", "import", notJson.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: invalid submission: not valid JSON");
        assertThat(Json.read(run("response", "list", "--json").out().getBytes(StandardCharsets.UTF_8))).hasSize(1);
    }

    @Test
    void carryForwardStartsTheNextEditionWithAnswersToConfirm() throws Exception {
        Path edition = temp.resolve("msq-2026.json");
        Files.write(edition, org.msqoffline.app.CarryForwardTest.edition2026());
        assertThat(run("questionnaire", "import", edition.toString()).code()).isZero();
        String id = run("response", "import", sampleFile().toString()).out().strip();
        Run carried = run("response", "carry-forward", id, "--questionnaire", "msq-2026");
        assertThat(carried.code()).isZero();
        String next = carried.out().strip();
        assertThat(carried.err()).contains("note: answer to 125 g-other-information not carried").contains("119 answers carried forward");
        assertThat(run("response", "check", next).out()).contains("2 contact-name: carried forward from the previous edition");
        assertThat(run("answer", "confirm", next, "contact-name").out().strip()).isEqualTo("1 confirmed");
        assertThat(run("response", "check", next).out()).doesNotContain("2 contact-name:");
        assertThat(run("answer", "confirm", next).out().strip()).isEqualTo("118 confirmed");
        assertThat(run("response", "check", next).out()).doesNotContain("carried forward");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Run run = run("--lang", "xx", "questionnaire", "list");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --lang takes one of ar, zh, en, fr, ru, es, not \"xx\"");
        assertThat(run("--lang", "FR", "questionnaire", "list").code()).isZero();
    }

    @Test
    void versionIsPrinted() {
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("MSQ Offline ");
    }
}
