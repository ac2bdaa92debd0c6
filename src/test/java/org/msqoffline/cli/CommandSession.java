package org.msqoffline.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.msqoffline.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Commands run one after another in another JVM, as a script would run them: {@code DATA ; ARGS... ; ARGS...}
 * runs each group of arguments on the data folder DATA and prints one JSON object per command (its arguments,
 * exit code and both streams) on its own line. Nothing else goes to standard output.
 */
public final class CommandSession {
    static final String NEXT = ";";

    private CommandSession() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        PrintStream out = utf8Output();
        List<String> command = new ArrayList<>();
        for (String arg : Arrays.asList(args).subList(1, args.length)) {
            if (arg.equals(NEXT)) {
                if (!command.isEmpty()) {
                    out.println(step(String.join(" ", command), data, command.toArray(String[]::new)));
                }
                command.clear();
            } else {
                command.add(arg);
            }
        }
        if (!command.isEmpty()) {
            out.println(step(String.join(" ", command), data, command.toArray(String[]::new)));
        }
    }

    /** Standard output as UTF-8, whatever the child's locale. */
    static PrintStream utf8Output() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    /** Runs one command on {@code data}: {"step": name, "code": exit code, "out": ..., "err": ...}. */
    static ObjectNode step(String name, Path data, String... args) {
        CommandLineHarness.Run run = CommandLineHarness.run(data, args);
        ObjectNode step = Json.object();
        step.put("step", name);
        step.put("code", run.code());
        step.put("out", run.out().length() > 2_000 ? run.out().substring(0, 2_000) : run.out());
        step.put("err", run.err());
        return step;
    }
}
