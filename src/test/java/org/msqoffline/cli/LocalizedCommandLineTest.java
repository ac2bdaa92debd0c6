package org.msqoffline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.SampleData;
import org.msqoffline.cli.CommandLineHarness.Run;

/**
 * {@code --lang} speaks for the whole run: results, problem lines and the one {@code error:} line, whichever
 * layer the refusal comes from. The "error:" mark itself stays, for scripts.
 */
class LocalizedCommandLineTest {
    @TempDir
    Path temp;

    private String sample;

    @BeforeEach
    void importTheSample() throws Exception {
        Path file = temp.resolve("azerbaijan.json");
        Files.write(file, SampleData.azerbaijan2024());
        sample = run("response", "import", file.toString()).out().strip();
    }

    private Run run(String... args) {
        return CommandLineHarness.run(temp.resolve("data"), args);
    }

    @Test
    void frenchResultsAndErrors() throws Exception {
        Run check = run("--lang", "fr", "response", "check", sample);
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.lines()).startsWith("6 contact-respondent: une réponse est requise")
                .endsWith("105 sur 109 réponses requises données ; 4 points à traiter");

        Run unknownCountry = run("--lang", "fr", "response", "create", "--country", "XXX");
        assertThat(unknownCountry.code()).isEqualTo(2);
        assertThat(unknownCountry.err()).isEqualTo("error: « XXX » n’est pas le code ISO3 d’un État Membre de l’ONU (par exemple AZE, FRA, KEN)\n");

        Run noAnswer = run("--lang", "fr", "answer", "get", sample, "d-strategy-exists");
        assertThat(noAnswer.code()).isEqualTo(1);
        assertThat(noAnswer.err()).isEqualTo("error: l’élément 59 (d-strategy-exists) n’a pas de réponse\n");

        Run missingFile = run("--lang", "fr", "verify", temp.resolve("absent.asice").toString());
        assertThat(missingFile.code()).isEqualTo(2);
        assertThat(missingFile.err()).isEqualTo("error: fichier introuvable : " + temp.resolve("absent.asice") + "\n");
    }

    @Test
    void frenchFramesTheProblemsOfARefusedFileAndKeepsPointersAsData() throws Exception {
        String json = new String(SampleData.azerbaijan2024(), StandardCharsets.UTF_8)
                .replaceFirst("\"answers\": \\{", "\"answers\": { \"no-such-item\": \"x\",");
        assertThat(json).contains("no-such-item");
        Path file = temp.resolve("unknown-item.json");
        Files.writeString(file, json);

        Run refused = run("--lang", "fr", "response", "import", file.toString());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.lines()).containsExactly(
                "/answers/no-such-item: identifiant d’élément inconnu « no-such-item » dans msq 2024 (1.0.0)");
        assertThat(refused.err()).isEqualTo("error: soumission non valide : /answers/no-such-item: identifiant d’élément inconnu "
                + "« no-such-item » dans msq 2024 (1.0.0)\n");
    }

    @Test
    void arabicResultsAndErrors() {
        Run check = run("--lang", "ar", "response", "check", sample);
        assertThat(check.lines()).startsWith("6 contact-respondent: الإجابة مطلوبة")
                .endsWith("الإجابات المطلوبة المقدَّمة: ١٠٥ من ١٠٩؛ المتبقي: ٤");

        Run unknownResponse = run("--lang", "ar", "answer", "get", "nope", "d-strategy-exists");
        assertThat(unknownResponse.code()).isEqualTo(2);
        assertThat(unknownResponse.err()).isEqualTo("error: لا توجد إجابة «nope»؛ يعرض الأمر `response list` الإجابات الموجودة\n");
    }

    @Test
    void englishStaysTheDefaultOfTheHarness() {
        assertThat(run("response", "check", sample).lines()).endsWith("105 of 109 required answers given; 4 to do");
        assertThat(run("response", "create", "--country", "XXX").err())
                .isEqualTo("error: \"XXX\" is not the ISO3 code of a UN Member State (e.g. AZE, FRA, KEN)\n");
    }
}
