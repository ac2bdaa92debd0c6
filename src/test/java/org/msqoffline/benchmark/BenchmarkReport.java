package org.msqoffline.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The report {@code mvn -Pbenchmarks test} writes, target/benchmarks/core.md: one part per benchmark class, each
 * replaced by its own next run and left alone by the others, in whatever order they run.
 */
public final class BenchmarkReport {
    static final Path FILE = Path.of("target", "benchmarks", "core.md");

    private BenchmarkReport() {
    }

    /** Puts {@code markdown} in the report as the part named {@code part}, replacing that part of an earlier run. */
    public static synchronized void put(String part, String markdown) throws IOException {
        String begin = "<!-- " + part + " -->\n";
        String end = "<!-- /" + part + " -->\n";
        String report = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
        String block = begin + markdown.strip() + "\n" + end;
        int from = report.indexOf(begin);
        int to = report.indexOf(end);
        if (from >= 0 && to > from) {
            report = report.substring(0, from) + block + report.substring(to + end.length());
        } else {
            report = report + (report.isEmpty() || report.endsWith("\n\n") ? "" : "\n") + block;
        }
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, report, StandardCharsets.UTF_8);
    }
}
