package org.msqoffline.exchange;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the independent checkers (openssl, poppler's pdfsig and pdftoppm, veraPDF) as processes. A
 * missing tool skips the test only on a developer machine; under CI (env CI set) it fails.
 */
public final class ExternalTools {
    public static final Path VERAPDF = Path.of("target", "tools", "greenfield-apps.jar");

    private ExternalTools() {
    }

    /** A finished process: its exit code and everything it printed. */
    public record Result(int code, String output) {
    }

    public static void require(String program) {
        if (program.endsWith(".jar") ? Files.isRegularFile(Path.of(program)) : onPath(program)) {
            return;
        }
        String message = program + " is not installed (apt-get install -y poppler-utils openssl; veraPDF comes with mvn test)";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    public static Result run(Path workingDirectory, String... command) throws IOException, InterruptedException {
        require(command[0].equals("java") ? VERAPDF.toString() : command[0]);
        List<String> line = new ArrayList<>(List.of(command));
        if (command[0].equals("java")) {
            line.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
        Process process = new ProcessBuilder(line).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /**
     * veraPDF's verdicts on PDF files, each checked against every level its metadata claims (one line
     * {@code PASS|FAIL FILE LEVEL} per level, with the failed rules under a FAIL).
     */
    public static Result veraPdf(Path... pdfs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-cp", VERAPDF.toAbsolutePath().toString(),
                "org.verapdf.apps.GreenfieldCliWrapper", "-f", "0", "--format", "text", "-v"));
        for (Path pdf : pdfs) {
            command.add(pdf.toAbsolutePath().toString());
        }
        return run(pdfs[0].toAbsolutePath().getParent(), command.toArray(String[]::new));
    }

    /**
     * Fails unless veraPDF finds each file PDF/A-3a (which includes PDF/A-3b) and PDF/UA-1, the levels our
     * PDF copies claim, and nothing else failing.
     */
    public static void assertPdfA3aAndPdfUa1(Path... pdfs) throws IOException, InterruptedException {
        Result result = veraPdf(pdfs);
        for (Path pdf : pdfs) {
            String file = pdf.toAbsolutePath().toString();
            org.assertj.core.api.Assertions.assertThat(result.output()).as(result.output())
                    .contains("PASS " + file + " 3a").contains("PASS " + file + " ua1");
        }
        org.assertj.core.api.Assertions.assertThat(result.output()).as(result.output()).doesNotContain("FAIL");
        org.assertj.core.api.Assertions.assertThat(result.code()).as(result.output()).isZero();
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
