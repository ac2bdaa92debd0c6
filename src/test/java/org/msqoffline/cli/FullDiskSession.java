package org.msqoffline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.msqoffline.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * The official at work on a disk that fills up, as {@link FullDiskTest} runs it on a small tmpfs:
 * {@code DATA ID EXPORT BALLAST ITEM,ITEM,...} saves long answers through the command line, one command at a
 * time, until one is refused; then tries a save, an export over an earlier one and a check on the full disk;
 * then deletes the ballast file (space freed) and saves and exports again. Prints one JSON object per command
 * (its step, exit code, streams, and the files then in the export's folder); nothing else goes to standard output.
 */
public final class FullDiskSession {
    private static final int MOST_FILLS = 2_000;

    private FullDiskSession() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        String id = args[1];
        Path export = Path.of(args[2]);
        Path ballast = Path.of(args[3]);
        List<String> items = List.of(args[4].split(","));
        PrintStream out = CommandSession.utf8Output();

        for (int n = 0; n < MOST_FILLS; n++) {
            String item = items.get(n % items.size());
            ObjectNode step = run("fill", data, export, "answer", "set", id, item, fillValue(n));
            step.put("n", n);
            step.put("item", item);
            out.println(step);
            if (step.get("code").asInt() != 0) {
                break;
            }
        }
        out.println(run("set-when-full", data, export, "answer", "set", id, items.get(0), "typed after the disk filled"));
        out.println(run("export-when-full", data, export, "response", "export-json", id, "--out", export.toString()));
        out.println(run("check-when-full", data, export, "response", "check", id));
        Files.delete(ballast);
        out.println(run("set-after-freeing", data, export, "answer", "set", id, items.get(0), "saved once there was room"));
        out.println(run("export-after-freeing", data, export, "response", "export-json", id, "--out", export.toString()));
    }

    /** The n-th long answer: about 24 KB, different every time (so SQLite can reuse no page). */
    static String fillValue(int n) {
        return "value-" + n + " " + ("answer " + n + " of a long and detailed description; ").repeat(500);
    }

    private static ObjectNode run(String name, Path data, Path export, String... args) throws IOException {
        ObjectNode step = CommandSession.step(name, data, args);
        ObjectNode files = step.putObject("exportFolder");
        try (Stream<Path> listing = Files.list(export.getParent())) {
            for (Path file : listing.sorted().toList()) {
                files.put(file.getFileName().toString(), Json.sha256(Files.readAllBytes(file)));
            }
        }
        return step;
    }
}
