package org.msqoffline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.Exports;
import org.msqoffline.app.Responses;
import org.msqoffline.exchange.ExportOptions;
import org.msqoffline.exchange.KeyAlgorithm;
import org.msqoffline.exchange.Paper;
import org.msqoffline.exchange.SigningIdentity;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.QuestionnaireLoader;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Answers;
import org.msqoffline.response.CompletenessCheck;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;

/**
 * The core figures, measured in one warm JVM: definition load, completeness check, autosave latency,
 * export steps, verify, import, and a 2,000-item questionnaire with 1 MB of answers. Run with
 * {@code mvn -Pbenchmarks test}; results go to target/benchmarks/core.md (copied into docs/benchmarks.md), beside
 * the desktop's ({@code ui.FormRenderingBenchmarkTest}).
 */
@Tag("benchmark")
class CoreBenchmarksTest {
    @TempDir
    Path temp;

    private final List<String> rows = new ArrayList<>();

    @Test
    void measure() throws Exception {
        byte[] definition = QuestionnaireLoader.bundledBytes(QuestionnaireLoader.BUNDLED_MSQ_2024);
        QuestionnaireLoader loader = new QuestionnaireLoader();
        row("definition load, full check (126 items)", times(30, () -> loader.load(definition)), "ms", 1e6);
        row("definition load, trusted (no schema)", times(30, () -> loader.loadTrusted(definition)), "ms", 1e6);

        try (DataFolder data = DataFolder.open(temp.resolve("data"), DataFolder.Access.WRITE)) {
            Responses responses = new Responses(data);
            ResponseInfo sample = responses.importSample("Benchmark");
            Questionnaire msq = responses.questionnaireOf(sample);
            Answers answers = responses.answers(sample);
            row("completeness check, full MSQ with the sample", times(2000, () -> CompletenessCheck.check(msq, answers)), "µs", 1e3);

            long[] saves = new long[600];
            for (int i = 0; i < saves.length; i++) {
                AnswerValue value = new AnswerValue.Text("Autosave " + i + " " + "x".repeat(i % 200));
                long start = System.nanoTime();
                data.answers().set(sample.id(), "g-other-information", value, "Benchmark");
                saves[i] = System.nanoTime() - start;
            }
            percentiles("autosave, one answer durable (WAL, synchronous=FULL)", Arrays.copyOfRange(saves, 100, saves.length));

            row("submission JSON export", times(50, () -> responses.submissionJson(sample)), "ms", 1e6);
            SigningIdentity identity = SigningIdentity.create(new SigningIdentity.Holder("Bench", "bench@example.org", "Bench", "AZE"),
                    KeyAlgorithm.EC_P256, Instant.now());
            Exports exports = new Exports(responses, data.clock(), Messages.english());
            ExportOptions options = new ExportOptions(true, Paper.A4);
            byte[][] built = new byte[1][];
            row("export: JSON + PDF/A + both signatures + zip (warm)",
                    times(15, () -> built[0] = exports.build(sample, identity, options, p -> { }).bytes()), "ms", 1e6);
            Path asice = temp.resolve("sample.asice");
            Files.write(asice, built[0]);
            row("verify the package", times(15, () -> assertThat(exports.verify(asice).valid()).isTrue()), "ms", 1e6);
            byte[] json = responses.submissionJson(sample);
            row("import a submission (strict)", times(30, () -> responses.importSubmission(json, "Benchmark")), "ms", 1e6);
            rows.add("| package size, Azerbaijan sample | " + built[0].length / 1024 + " KB |");

            byte[] big = ScaleQuestionnaire.definition(2000);
            Questionnaire large = loader.load(big);
            row("2,000-item definition load, full check", times(5, () -> loader.load(big)), "ms", 1e6);
            responses.definitions().importDefinition(big);
            ResponseInfo scaled = responses.create("KEN", large.reference());
            // 1,000 long answers of about 1 KB each: 1 MB of answers in one response.
            long bytes = 0;
            for (org.msqoffline.questionnaire.Item item : large.items()) {
                if (item.type() == org.msqoffline.questionnaire.ItemType.LONGTEXT) {
                    String text = item.id() + " " + "lorem ipsum ".repeat(87);
                    data.answers().set(scaled.id(), item.id(), new AnswerValue.Text(text), "Benchmark");
                    bytes += text.length();
                }
            }
            assertThat(bytes).isGreaterThan(1_000_000);
            Answers scaledAnswers = responses.answers(scaled);
            row("2,000 items: completeness check with 1 MB of answers", times(200, () -> CompletenessCheck.check(large, scaledAnswers)),
                    "ms", 1e6);
            row("2,000 items: load the answers from SQLite", times(20, () -> responses.answers(scaled)), "ms", 1e6);
            row("2,000 items: submission JSON export", times(10, () -> responses.submissionJson(scaled)), "ms", 1e6);
            long[] scaledSaves = new long[300];
            for (int i = 0; i < scaledSaves.length; i++) {
                long start = System.nanoTime();
                data.answers().set(scaled.id(), large.items().get(3).id(), new AnswerValue.Text("v" + i), "Benchmark");
                scaledSaves[i] = System.nanoTime() - start;
            }
            percentiles("2,000 items: autosave", Arrays.copyOfRange(scaledSaves, 50, scaledSaves.length));
        }
        StringBuilder table = new StringBuilder("| measure | median (p50/p99 for autosave) |\n|---|---|\n");
        rows.forEach(row -> table.append(row).append('\n'));
        BenchmarkReport.put("core", table.toString());
        System.out.println(table);
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private static long[] times(int rounds, Work work) throws Exception {
        for (int i = 0; i < Math.max(3, rounds / 5); i++) {
            work.run();
        }
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        return times;
    }

    private void row(String what, long[] nanos, String unit, double divisor) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        rows.add(String.format(java.util.Locale.ROOT, "| %s | %.2f %s |", what, sorted[sorted.length / 2] / divisor, unit));
    }

    private void percentiles(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double p50 = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6;
        rows.add(String.format(java.util.Locale.ROOT, "| %s | p50 %.2f ms, p99 %.2f ms |", what, p50, p99));
    }
}
