package org.msqoffline.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** Another JVM on the test class path, running one main class: another app, as far as the data folder can tell. */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path errors;
    private final BufferedReader out;

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(Path errors, Class<?> main, String... args) {
        return start(ProcessBuilder.Redirect.PIPE, errors, main, args);
    }

    /** Starts the child with its standard output going to {@code output}: nothing it wrote is lost when it is killed. */
    static ChildJvm startWithOutputTo(Path output, Path errors, Class<?> main, String... args) {
        return start(ProcessBuilder.Redirect.to(output.toFile()), errors, main, args);
    }

    /** The command line that starts {@code main} in a new JVM on this class path, for callers that wrap it. */
    public static List<String> command(Class<?> main, String... args) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                nativeLibraryFolderOption(), "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Where a child JVM's SQLite unpacks its native library: the folder of the tests' own JVM (target/, set in the
     * pom), not /tmp, where each child killed on purpose would leave a 1 MB copy and its lock file behind.
     */
    public static String nativeLibraryFolderOption() {
        return "-Dorg.sqlite.tmpdir=" + System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"));
    }

    private static ChildJvm start(ProcessBuilder.Redirect output, Path errors, Class<?> main, String... args) {
        List<String> command = command(main, args);
        try {
            Process process = new ProcessBuilder(command).redirectOutput(output).redirectError(errors.toFile()).start();
            return new ChildJvm(process, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a command (a JVM from {@link #command}, perhaps wrapped in another program) to its end, its output and
     * errors going to files; returns its exit code. Fails if it runs longer than {@code timeout}.
     */
    public static int runToEnd(List<String> command, Path output, Path errors, Duration timeout) {
        try {
            Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            return new ChildJvm(process, errors).waitFor(timeout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Reads output until a line matches; fails, with the child's errors, if none comes in time. */
    String awaitLine(Predicate<String> wanted, Duration timeout) {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                for (String next = out.readLine(); next != null; next = out.readLine()) {
                    if (wanted.test(next)) {
                        return next;
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            String found = line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (found == null) {
                throw new AssertionError("the child ended without the expected line; its errors:\n" + errors());
            }
            return found;
        } catch (TimeoutException e) {
            kill();
            throw new AssertionError("no expected line from the child within " + timeout + "; its errors:\n" + errors(), e);
        } catch (ExecutionException e) {
            throw new AssertionError("reading the child's output failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What the child wrote to its standard error so far. */
    String errors() {
        try {
            return Files.readString(errors);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Kills the child the way a crash or power cut would (SIGKILL on Linux) and waits until it is gone. */
    int kill() {
        process.destroyForcibly();
        return waitFor(Duration.ofSeconds(30));
    }

    int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the child did not end within " + timeout);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
