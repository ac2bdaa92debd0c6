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

    /** veraPDF's verdict on a file as PDF/A-3b. */
    public static Result veraPdf(Path pdf) throws IOException, InterruptedException {
        return run(pdf.toAbsolutePath().getParent(), "java", "-cp", VERAPDF.toAbsolutePath().toString(),
                "org.verapdf.apps.GreenfieldCliWrapper", "-f", "3b", "--format", "text", pdf.toAbsolutePath().toString());
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
