package org.msqoffline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.json.Json;
import org.msqoffline.store.ChildJvm;
import tools.jackson.databind.JsonNode;

/**
 * A data folder that cannot be written to (its permissions say so). Root writes anywhere, and the tests run as
 * root here and in CI, so the commands then run in a JVM stripped of every capability ({@code setpriv} from
 * util-linux): still uid 0, owner of the files, but held to their permission bits like any user. The test first
 * makes sure that process really cannot write there, so it can fail. Reading works, every write is refused in one
 * plain line, and not a byte (nor a time stamp) of the folder changes.
 */
class ReadOnlyFolderTest {
    private static final Duration SESSION_TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path temp;

    private Path data;

    @AfterEach
    void writableAgainForCleanUp() throws IOException {
        if (data != null && Files.exists(data)) {
            setPermissions(data, "rwx------", "rw-------");
        }
    }

    @Test
    void aReadOnlyFolderIsReadAndRefusesEveryWriteInOneLineChangingNothing() throws Exception {
        data = temp.resolve("data");
        String id = CommandLineHarness.run(data, "response", "create", "--country", "AZE").out().strip();
        assertThat(CommandLineHarness.run(data, "answer", "set", id, "contact-name", "Aynur Mammadova").code()).isZero();
        Path out = Files.createDirectories(temp.resolve("out"));
        setPermissions(data, "r-x------", "r--------");
        Map<String, String> before = snapshot(data);

        List<String> probe = new ArrayList<>(unprivileged());
        probe.addAll(List.of("sh", "-c", "echo probe > \"$1/probe\"", "probe", data.toString()));
        assertThat(ChildJvm.runToEnd(probe, temp.resolve("probe.out"), temp.resolve("probe.err"), SESSION_TIMEOUT))
                .as("the commands must run as a process that cannot write to the folder, else this tests nothing").isNotZero();
        assertThat(data.resolve("probe")).doesNotExist();

        List<String> session = new ArrayList<>(unprivileged());
        session.addAll(ChildJvm.command(CommandSession.class, data.toString(),
                CommandSession.NEXT, "response", "list",
                CommandSession.NEXT, "answer", "get", id, "contact-name",
                CommandSession.NEXT, "response", "check", id,
                CommandSession.NEXT, "questionnaire", "list",
                CommandSession.NEXT, "response", "export-json", id, "--out", out.resolve("answers.json").toString(),
                CommandSession.NEXT, "answer", "set", id, "contact-name", "changed",
                CommandSession.NEXT, "response", "create", "--country", "KEN",
                CommandSession.NEXT, "response", "export-json", id, "--out", data.resolve("answers.json").toString()));
        int code = ChildJvm.runToEnd(session, temp.resolve("session.out"), temp.resolve("session.err"), SESSION_TIMEOUT);
        String childErrors = Files.readString(temp.resolve("session.err"));
        assertThat(code).as("the session's exit code; its errors:\n" + childErrors).isZero();
        assertThat(childErrors).as("nothing but the commands' own lines").isEmpty();
        List<JsonNode> steps = new ArrayList<>();
        for (String line : Files.readAllLines(temp.resolve("session.out"))) {
            steps.add(Json.read(line.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(steps).hasSize(8);

        String refused = "error: the data folder " + data + " cannot be written to; choose another with --data-dir" + System.lineSeparator();
        assertStep(steps.get(0), ExitCode.OK, "");
        assertThat(steps.get(0).get("out").asString()).contains(id);
        assertStep(steps.get(1), ExitCode.OK, "");
        assertThat(steps.get(1).get("out").asString()).isEqualTo("Aynur Mammadova" + System.lineSeparator());
        assertThat(steps.get(2).get("code").asInt()).as(steps.get(2).toString()).isEqualTo(ExitCode.CHECKS_FAILED);
        assertThat(steps.get(2).get("out").asString()).contains("contact-email: an answer is required");
        assertStep(steps.get(3), ExitCode.OK, "");
        assertThat(steps.get(3).get("out").asString()).contains("msq-2024");
        assertStep(steps.get(4), ExitCode.OK, "");
        assertThat(Files.readString(out.resolve("answers.json"))).contains("Aynur Mammadova");
        assertStep(steps.get(5), ExitCode.UNUSABLE, refused);
        assertStep(steps.get(6), ExitCode.UNUSABLE, refused);
        assertStep(steps.get(7), ExitCode.UNUSABLE,
                "error: cannot write " + data.resolve("answers.json") + ": permission denied" + System.lineSeparator());

        assertThat(snapshot(data)).as("the folder: every file, its bytes, permissions and time").isEqualTo(before);
    }

    private static void assertStep(JsonNode step, int code, String errors) {
        assertThat(step.get("code").asInt()).as("exit code of %s", step).isEqualTo(code);
        assertThat(step.get("err").asString()).as("errors of %s", step.get("step")).isEqualTo(errors);
    }

    /**
     * The prefix that runs a command unable to write where the permissions forbid it: nothing for an ordinary user;
     * for root, setpriv dropping every capability (CAP_DAC_OVERRIDE is what lets root write anywhere).
     */
    private static List<String> unprivileged() throws IOException {
        if (!Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
            return List.of();
        }
        return List.of("setpriv", "--bounding-set=-all", "--inh-caps=-all", "--ambient-caps=-all", "--no-new-privs");
    }

    private static void setPermissions(Path folder, String folders, String files) throws IOException {
        Set<PosixFilePermission> folderPermissions = PosixFilePermissions.fromString(folders);
        Set<PosixFilePermission> filePermissions = PosixFilePermissions.fromString(files);
        List<Path> all;
        try (Stream<Path> walk = Files.walk(folder)) {
            all = walk.toList();
        }
        // Parents last when taking write away, first when giving it back: either way every entry is reachable.
        boolean closing = !folderPermissions.contains(PosixFilePermission.OWNER_WRITE);
        for (Path path : closing ? reversed(all) : all) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? EnumSet.copyOf(folderPermissions) : filePermissions);
        }
    }

    private static List<Path> reversed(List<Path> paths) {
        List<Path> copy = new ArrayList<>(paths);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** Every file and folder under {@code folder}: its permissions, modification time and, for files, SHA-256. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.toList()) {
                String what = PosixFilePermissions.toString(Files.getPosixFilePermissions(path)) + " "
                        + Files.getLastModifiedTime(path).toMillis()
                        + (Files.isDirectory(path) ? "" : " " + Json.sha256(Files.readAllBytes(path)));
                entries.put(folder.relativize(path).toString(), what);
            }
        }
        return entries;
    }
}
