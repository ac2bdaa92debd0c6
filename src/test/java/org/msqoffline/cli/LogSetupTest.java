package org.msqoffline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The log a user is asked to send when something went wrong: what reaches it, in what shape, and how it rolls. */
class LogSetupTest {
    @TempDir
    Path data;

    @AfterEach
    void closeTheLog() {
        LogManager.getLogManager().reset();
    }

    private List<String> logLines() throws Exception {
        return Files.readAllLines(LogSetup.logFile(data), StandardCharsets.UTF_8);
    }

    @Test
    void whatTheAppLogsThroughSlf4jReachesTheFileWithLevelThreadAndLogger() throws Exception {
        LogSetup.configure(data, false);
        Logger log = LoggerFactory.getLogger("org.msqoffline.store.Database");

        log.warn("The disk {} is nearly full", "C:");
        log.debug("Not wanted without --debug");
        log.error("Could not save", new IllegalStateException("boom"));

        List<String> lines = logLines();
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) WARN  \\["
                + Thread.currentThread().getName() + "\\] o\\.m\\.s\\.Database - The disk C: is nearly full");
        assertThat(lines.get(1)).endsWith(" ERROR [" + Thread.currentThread().getName() + "] o.m.s.Database - Could not save");
        assertThat(lines.get(2)).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(lines.get(3)).startsWith("\tat org.msqoffline.cli.LogSetupTest.");
        assertThat(lines).noneMatch(line -> line.contains("Not wanted"));
    }

    @Test
    void debugAddsTheDebugLines() throws Exception {
        LogSetup.configure(data, true);

        LoggerFactory.getLogger(LogSetupTest.class).debug("Opening {}", "the data folder");

        assertThat(logLines()).singleElement().asString().contains(" DEBUG [").endsWith("o.m.c.LogSetupTest - Opening the data folder");
    }

    @Test
    void pdfboxFontChatterIsLeftOutButItsWarningsAreKept() throws Exception {
        LogSetup.configure(data, false);
        Logger pdfbox = LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font.FileSystemFontProvider");

        pdfbox.info("Building on-disk font cache");
        pdfbox.warn("No glyph for U+0627");

        assertThat(logLines()).singleElement().asString().endsWith("o.a.p.p.f.FileSystemFontProvider - No glyph for U+0627");
    }

    @Test
    void aFolderThatCannotHoldALogChangesNothingForTheUser() throws Exception {
        Path notAFolder = data.resolve("file");
        Files.writeString(notAFolder, "in the way");

        LogSetup.configure(notAFolder, false);
        LoggerFactory.getLogger(LogSetupTest.class).error("Goes nowhere, quietly");

        assertThat(Files.readString(notAFolder)).isEqualTo("in the way");
    }

    @Test
    void theLogIsMovedAsideWholeLinesAtATimeAndOnlyThreeOldOnesKept() throws Exception {
        Path file = LogSetup.logFile(data);
        Files.createDirectories(file.getParent());
        RollingLogFile log = new RollingLogFile(file, 1_000, 3);
        for (int i = 1; i <= 100; i++) {
            log.publish(new LogRecord(Level.INFO, "line " + i + " " + "x".repeat(40)));
        }
        log.close();

        List<String> kept = new ArrayList<>();
        for (String name : List.of("msq-offline.log.3", "msq-offline.log.2", "msq-offline.log.1", "msq-offline.log")) {
            Path part = file.resolveSibling(name);
            assertThat(Files.size(part)).isLessThanOrEqualTo(1_000);
            kept.addAll(Files.readAllLines(part));
        }
        assertThat(file.resolveSibling("msq-offline.log.4")).doesNotExist();
        assertThat(kept).allMatch(line -> line.matches(".* INFO  \\[.*\\] root - line \\d+ x{40}"));
        // The newest lines, none missing in between, the last one in the current file.
        List<Integer> numbers = kept.stream().map(line -> Integer.parseInt(line.replaceAll(".* line (\\d+) .*", "$1"))).toList();
        assertThat(numbers.get(numbers.size() - 1)).isEqualTo(100);
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(numbers.get(i - 1) + 1);
        }
    }
}
