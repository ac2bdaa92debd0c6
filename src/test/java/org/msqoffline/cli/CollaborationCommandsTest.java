package org.msqoffline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.SampleData;
import org.msqoffline.json.Json;
import org.msqoffline.cli.CommandLineHarness.Run;

/**
 * Two agencies, each with its own data folder, splitting the questionnaire and putting it back
 * together through files only: delegate, answer, sign, merge; plus restore and DESA's collect.
 */
class CollaborationCommandsTest {
    @TempDir
    Path temp;

    private Path coordinator;
    private Path ministry;
    private Path passphrase;


    @BeforeEach
    void folders() throws Exception {
        coordinator = temp.resolve("coordinator");
        ministry = temp.resolve("ministry");
        passphrase = temp.resolve("passphrase.txt");
        Files.writeString(passphrase, "correct horse battery staple\n");
    }

    private Run run(Path dataFolder, String... args) {
        return CommandLineHarness.run(dataFolder, args);
    }

    private Path identity(String name, String file) {
        Path p12 = temp.resolve(file);
        Run created = run(ministry, "identity", "create", "--name", name, "--email", "someone@justice.gov.az", "--organization",
                "Ministry of Justice", "--country", "AZE", "--out", p12.toString(), "--passphrase-file", passphrase.toString());
        assertThat(created.code()).as(created.err()).isZero();
        return p12;
    }

    private String importSample(Path folder) throws Exception {
        Path sample = temp.resolve("sample.json");
        Files.write(sample, SampleData.azerbaijan2024());
        return run(folder, "response", "import", sample.toString()).out().strip();
    }

    /** The coordinator delegates section C; the ministry answers and signs its contribution. */
    private Path delegateAndContribute(String coordinatorResponse) throws Exception {
        Path msqd = temp.resolve("legal-framework.msqd");
        Run delegated = run(coordinator, "delegate", coordinatorResponse, "--sections", "C", "--to", "Ministry of Justice", "--out",
                msqd.toString());
        assertThat(delegated.code()).as(delegated.err()).isZero();
        String part = run(ministry, "response", "import", msqd.toString()).out().strip();
        assertThat(run(ministry, "answer", "set", part, "c-foi-law-details", "Law No. 505-Q of 19.06.1998, amended 2023").code()).isZero();
        assertThat(run(ministry, "answer", "set", part, "c-privacy-law-details", "Law on personal data, 2010 (ministry text)").code())
                .isZero();
        Run outside = run(ministry, "answer", "set", part, "contact-name", "Someone else");
        assertThat(outside.code()).isEqualTo(2);
        assertThat(outside.err()).contains("was not delegated to you");
        Path out = temp.resolve("contribution");
        Run exported = run(ministry, "export", part, "--identity", identity("Leyla Mammadova", "ministry.p12").toString(),
                "--passphrase-file", passphrase.toString(), "--out", out.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        return Path.of(exported.out().strip());
    }

    @Test
    void aRoundTripMergesTheMinistrysChangeAndStopsAtTheConflict() throws Exception {
        String response = importSample(coordinator);
        Path contribution = delegateAndContribute(response);
        assertThat(run(coordinator, "answer", "set", response, "c-privacy-law-details", "Coordinator's own wording").code()).isZero();

        Run compared = run(coordinator, "merge", response, contribution.toString());
        assertThat(compared.code()).as("a conflict, and nothing changed").isEqualTo(1);
        assertThat(compared.out()).contains("Contribution from Leyla Mammadova")
                .contains("38 c-foi-law-details: changed by the contributor").contains("40 c-privacy-law-details: CONFLICT")
                .contains("2 differences, 1 conflicts; nothing changed");
        assertThat(run(coordinator, "answer", "get", response, "c-foi-law-details").out()).doesNotContain("amended 2023");

        Run kept = run(coordinator, "merge", response, contribution.toString(), "--keep-all");
        assertThat(kept.code()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("1 answer changed");
        assertThat(run(coordinator, "answer", "get", response, "c-foi-law-details").out().strip())
                .isEqualTo("Law No. 505-Q of 19.06.1998, amended 2023");
        assertThat(run(coordinator, "answer", "get", response, "c-privacy-law-details").out().strip()).isEqualTo("Coordinator's own wording");
        assertThat(run(coordinator, "answer", "history", response, "c-foi-law-details").out().lines().toList().get(1))
                .as("the merged change is in the history under the contributor's name").contains("Leyla Mammadova");

        Run again = run(coordinator, "merge", response, contribution.toString(), "--take-all");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Already merged: nothing changed.");
        assertThat(run(coordinator, "answer", "get", response, "c-privacy-law-details").out().strip()).isEqualTo("Coordinator's own wording");
    }

    @Test
    void takeAllResolvesConflictsWithTheContributorsAnswers() throws Exception {
        String response = importSample(coordinator);
        Path contribution = delegateAndContribute(response);
        run(coordinator, "answer", "set", response, "c-privacy-law-details", "Coordinator's own wording");
        Run taken = run(coordinator, "merge", response, contribution.toString(), "--take-all");
        assertThat(taken.code()).as(taken.err()).isZero();
        assertThat(run(coordinator, "answer", "get", response, "c-privacy-law-details").out().strip())
                .isEqualTo("Law on personal data, 2010 (ministry text)");
    }

    @Test
    void anAlteredContributionOrOneForAnotherResponseIsRefused() throws Exception {
        String response = importSample(coordinator);
        Path contribution = delegateAndContribute(response);
        byte[] bytes = Files.readAllBytes(contribution);
        bytes[bytes.length / 2] ^= 0x20;
        Path altered = temp.resolve("altered.asice");
        Files.write(altered, bytes);
        Run refused = run(coordinator, "merge", response, altered.toString(), "--take-all");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).startsWith("error: ").contains("is not a valid signed package");

        String other = importSample(coordinator);
        Run wrongResponse = run(coordinator, "merge", other, contribution.toString(), "--take-all");
        assertThat(wrongResponse.code()).isEqualTo(2);
        assertThat(wrongResponse.err()).contains("belongs to another response");
    }

    @Test
    void aSignedPackageOrItsPdfRestoresTheResponseOnAnotherMachine() throws Exception {
        Run demo = run(coordinator, "demo", "--out", temp.resolve("demo").toString());
        assertThat(demo.code()).as(demo.err()).isZero();
        Path asice;
        try (var files = Files.list(temp.resolve("demo"))) {
            asice = files.filter(f -> f.toString().endsWith(".asice")).findFirst().orElseThrow();
        }
        Path laptop = temp.resolve("new-laptop");
        Run restored = run(laptop, "response", "import", asice.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(run(laptop, "answer", "get", restored.out().strip(), "contact-name").out().strip()).isEqualTo("Shahin Aliyev");

        Path pdf = temp.resolve("submission.pdf");
        Files.write(pdf, org.msqoffline.exchange.TamperedPackages.read(Files.readAllBytes(asice)).get("submission.pdf"));
        Run fromPdf = run(laptop, "response", "import", pdf.toString());
        assertThat(fromPdf.code()).as(fromPdf.err()).isZero();
        assertThat(run(laptop, "response", "check", fromPdf.out().strip()).out()).contains("105 of 109 required answers given");
    }

    @Test
    void collectTurnsPackagesIntoOneTableAndLeavesOutTheTamperedOne() throws Exception {
        List<Path> packages = new ArrayList<>();
        for (String folder : List.of("one", "two")) {
            run(temp.resolve(folder), "demo", "--out", temp.resolve("out-" + folder).toString());
            try (var files = Files.list(temp.resolve("out-" + folder))) {
                packages.add(files.filter(f -> f.toString().endsWith(".asice")).findFirst().orElseThrow());
            }
        }
        byte[] bytes = Files.readAllBytes(packages.get(1));
        bytes[bytes.length / 3] ^= 0x01;
        Path tampered = temp.resolve("tampered.asice");
        Files.write(tampered, bytes);

        Path csv = temp.resolve("table.csv");
        Run collected = run(coordinator, "collect", packages.get(0).toString(), tampered.toString(), "--out", csv.toString());
        assertThat(collected.code()).isEqualTo(1);
        assertThat(collected.err()).startsWith("left out: " + tampered);
        assertThat(collected.out()).contains("126 rows from 1 of 2 packages");
        List<String> lines = Files.readString(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("country,item_id,number,answer,signer,fingerprint,verified");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("AZE,c-foi-law,37,Yes,").endsWith(",true"));

        Path jsonl = temp.resolve("table.jsonl");
        Run both = run(coordinator, "collect", packages.get(0).toString(), packages.get(1).toString(), "--out", jsonl.toString(),
                "--format", "jsonl");
        assertThat(both.code()).as(both.err()).isZero();
        List<String> rows = Files.readAllLines(jsonl);
        assertThat(rows).hasSize(252);
        assertThat(Json.read(rows.get(0).getBytes(StandardCharsets.UTF_8)).get("country").asString()).isEqualTo("AZE");
    }
}
