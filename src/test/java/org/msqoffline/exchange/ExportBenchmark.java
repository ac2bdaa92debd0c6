package org.msqoffline.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.msqoffline.app.Exports;

/**
 * Times exporting the full Azerbaijan sample in a warm JVM (JSON, PDF/A, PAdES, ASiC-E, in memory) and
 * prints the median; run by {@code docs/benchmarks/export-benchmark.sh}, not by the test suite.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path folder = Files.createTempDirectory("msq-export-benchmark-");
        try (ExchangeFixture fixture = new ExchangeFixture(folder.resolve("data"))) {
            Exports exports = fixture.exports();
            SigningIdentity identity = ExchangeFixture.official();
            ExportOptions options = new ExportOptions(true, Paper.A4);
            long first = System.nanoTime();
            int size = exports.build(fixture.response, identity, options, p -> { }).bytes().length;
            System.out.printf("first export in this JVM: %d ms%n", (System.nanoTime() - first) / 1_000_000);
            for (int i = 0; i < warmup; i++) {
                exports.build(fixture.response, identity, options, p -> { });
            }
            long[] millis = new long[runs];
            for (int i = 0; i < runs; i++) {
                long started = System.nanoTime();
                size = exports.build(fixture.response, identity, options, p -> { }).bytes().length;
                millis[i] = (System.nanoTime() - started) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.printf("warm export: median %d ms, min %d ms, max %d ms over %d runs; package %d bytes%n",
                    millis[runs / 2], millis[0], millis[runs - 1], runs, size);
        }
    }
}
