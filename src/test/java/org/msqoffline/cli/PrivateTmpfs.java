package org.msqoffline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.msqoffline.store.ChildJvm;

/**
 * A small tmpfs, mounted for one command in a private mount namespace ({@code unshare} from util-linux): a disk
 * that really fills up, seen by nobody else and gone when the command ends. Root mounts it directly; anyone else
 * through an unprivileged user namespace, where the kernel allows one.
 */
final class PrivateTmpfs {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);
    private static final String SESSION = """
            set -eu
            size=$1 disk=$2 seed=$3 after=$4
            shift 4
            mount -t tmpfs -o "size=$size" msq-full-disk "$disk"
            cp -a "$seed/." "$disk/"
            head -c 524288 /dev/zero > "$disk/ballast"
            set +e
            "$@"
            code=$?
            rm -f "$disk/ballast"
            cp -a "$disk/." "$after/"
            exit "$code"
            """;

    private final List<String> unshare;
    private final String why;

    private PrivateTmpfs(List<String> unshare, String why) {
        this.unshare = unshare;
        this.why = why;
    }

    /** Tries each way to mount a private tmpfs (as root, then in a user namespace) and keeps the first that works. */
    static PrivateTmpfs probe(Path scratch) throws IOException {
        List<List<String>> ways = new ArrayList<>();
        if (isRoot()) {
            ways.add(List.of("unshare", "--mount", "--propagation", "private"));
        }
        ways.add(List.of("unshare", "--user", "--map-root-user", "--mount", "--propagation", "private"));
        Path point = Files.createDirectories(scratch.resolve("probe-mount"));
        StringBuilder failures = new StringBuilder();
        for (List<String> way : ways) {
            List<String> command = new ArrayList<>(way);
            command.addAll(List.of("sh", "-c", "mount -t tmpfs -o size=64k msq-probe \"$1\"", "probe", point.toString()));
            try {
                int code = ChildJvm.runToEnd(command, scratch.resolve("probe.out"), scratch.resolve("probe.err"), PROBE_TIMEOUT);
                if (code == 0) {
                    return new PrivateTmpfs(way, "");
                }
                failures.append(String.join(" ", way)).append(": ").append(Files.readString(scratch.resolve("probe.err")).strip())
                        .append("; ");
            } catch (java.io.UncheckedIOException e) {
                failures.append(String.join(" ", way)).append(": ").append(e.getCause().getMessage()).append("; ");
            }
        }
        return new PrivateTmpfs(null, failures.toString());
    }

    boolean available() {
        return unshare != null;
    }

    String why() {
        return why;
    }

    /**
     * Mounts a tmpfs of {@code size} (e.g. "2m") on {@code disk}, copies {@code seed} onto it with a 512 KB file
     * {@code ballast} beside, runs {@code command}, then copies what the tmpfs holds to {@code after}; returns the
     * command's exit code.
     */
    int run(String size, Path seed, Path disk, Path after, List<String> command, Path output, Path errors, Duration timeout) {
        List<String> all = new ArrayList<>(unshare);
        all.addAll(List.of("sh", "-c", SESSION, "full-disk", size, disk.toString(), seed.toString(), after.toString()));
        all.addAll(command);
        return ChildJvm.runToEnd(all, output, errors, timeout);
    }

    private static boolean isRoot() throws IOException {
        return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    }
}
