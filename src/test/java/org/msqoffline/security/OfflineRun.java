package org.msqoffline.security;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.SocketPermission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import org.msqoffline.app.SampleData;
import org.msqoffline.cli.CommandLineRunner;

/**
 * A child JVM that forbids every socket (a security manager refusing SocketPermission), then runs the
 * command-line flows. Prints "network attempt: ..." and exits 3 if anything tried to connect, listen
 * or resolve a host name. With the argument {@code selftest} it opens a socket itself, to prove the
 * guard bites.
 */
public final class OfflineRun {
    private static final List<String> ATTEMPTS = new ArrayList<>();

    private OfflineRun() {
    }

    @SuppressWarnings({"removal", "deprecation"})
    public static void main(String[] args) throws Exception {
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission permission) {
                if (permission instanceof SocketPermission) {
                    synchronized (ATTEMPTS) {
                        ATTEMPTS.add(permission.getName() + " " + permission.getActions());
                    }
                    throw new SecurityException("MSQ Offline must not use the network: " + permission);
                }
            }

            @Override
            public void checkPermission(Permission permission, Object context) {
                checkPermission(permission);
            }
        });
        if (args.length > 0 && args[0].equals("selftest")) {
            try (Socket socket = new Socket("127.0.0.1", 9)) {
                System.out.println("connected?!");
            } catch (SecurityException expected) {
                System.out.println("blocked");
            }
            report();
            return;
        }
        Path work = Files.createTempDirectory("msq-offline-run");
        Path data = work.resolve("data");
        Path sample = work.resolve("sample.json");
        Files.write(sample, SampleData.azerbaijan2024());
        String id = run("--data-dir", data.toString(), "response", "import", sample.toString()).strip();
        run("--data-dir", data.toString(), "response", "check", id);
        run("--data-dir", data.toString(), "questionnaire", "items");
        run("--data-dir", data.toString(), "demo", "--out", work.resolve("out").toString());
        Path asice;
        try (var files = Files.list(work.resolve("out"))) {
            asice = files.filter(f -> f.toString().endsWith(".asice")).findFirst().orElseThrow();
        }
        run("--data-dir", data.toString(), "verify", asice.toString());
        run("--data-dir", data.toString(), "collect", asice.toString(), "--out", work.resolve("table.csv").toString());
        run("--data-dir", data.toString(), "delegate", id, "--sections", "C", "--to", "Justice", "--out",
                work.resolve("c.msqd").toString());
        run("--data-dir", work.resolve("ministry").toString(), "response", "import", work.resolve("c.msqd").toString());
        run("--data-dir", work.resolve("laptop").toString(), "response", "import", asice.toString());
        System.out.println("flows done");
        report();
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(args, root -> {
            throw new IllegalStateException("no desktop here");
        }, new PrintWriter(out), new PrintWriter(err));
        System.out.println("exit " + code + ": " + String.join(" ", args).replaceAll("/\\S+/", ""));
        if (code == 2) {
            System.out.println("  " + err.toString().strip());
        }
        return out.toString();
    }

    private static void report() {
        synchronized (ATTEMPTS) {
            ATTEMPTS.forEach(attempt -> System.out.println("network attempt: " + attempt));
            System.out.flush();
            if (!ATTEMPTS.isEmpty()) {
                System.exit(3);
            }
        }
    }
}
