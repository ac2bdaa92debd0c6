package org.msqoffline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.SampleData;
import org.msqoffline.cli.CommandLineRunner;

/** Passphrases and keys never reach the output or the logs; identity and data files are the owner's only. */
class SecretsTest {
    private static final String PASSPHRASE = "Tr0ub4dor&3-unique-marker";

    @TempDir
    Path temp;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLineRunner.run(args, root -> {
            throw new AssertionError("no desktop");
        }, new PrintWriter(out), new PrintWriter(err));
        return out + "\n" + err;
    }

    @Test
    void nothingSecretReachesTheOutputOrTheLogs() throws Exception {
        Path data = temp.resolve("data");
        Path passphrase = temp.resolve("passphrase.txt");
        Files.writeString(passphrase, PASSPHRASE + "\n");
        Path p12 = temp.resolve("official.p12");
        Path sample = temp.resolve("sample.json");
        Files.write(sample, SampleData.azerbaijan2024());
        StringBuilder printed = new StringBuilder();
        printed.append(run("--debug", "--data-dir", data.toString(), "identity", "create", "--name", "Official", "--email",
                "official@example.org", "--organization", "Ministry", "--country", "AZE", "--out", p12.toString(),
                "--passphrase-file", passphrase.toString()));
        String id = run("--data-dir", data.toString(), "response", "import", sample.toString()).strip().lines().findFirst().orElseThrow();
        printed.append(run("--debug", "--data-dir", data.toString(), "export", id, "--identity", p12.toString(), "--passphrase-file",
                passphrase.toString(), "--out", temp.resolve("out").toString(), "--allow-incomplete"));
        Files.writeString(passphrase, "wrong-" + PASSPHRASE + "\n");
        printed.append(run("--debug", "--data-dir", data.toString(), "identity", "show", p12.toString(), "--passphrase-file",
                passphrase.toString()));

        StringBuilder logs = new StringBuilder();
        try (Stream<Path> files = Files.walk(data.resolve("logs"))) {
            for (Path log : files.filter(Files::isRegularFile).toList()) {
                logs.append(Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        assertThat(logs).as("the log was written").isNotEmpty();
        for (String text : List.of(printed.toString(), logs.toString())) {
            assertThat(text).doesNotContain(PASSPHRASE).doesNotContain("PRIVATE KEY").doesNotContain("MII");
        }
        assertThat(printed).contains("wrong passphrase");
    }

    @Test
    void identityAndDataFilesAreReadableByTheirOwnerOnly() throws Exception {
        Path data = temp.resolve("data");
        Path passphrase = temp.resolve("passphrase.txt");
        Files.writeString(passphrase, PASSPHRASE + "\n");
        Path p12 = temp.resolve("official.p12");
        run("--data-dir", data.toString(), "identity", "create", "--name", "Official", "--email", "official@example.org",
                "--organization", "Ministry", "--country", "AZE", "--out", p12.toString(), "--passphrase-file", passphrase.toString());
        run("--data-dir", data.toString(), "response", "create", "--country", "AZE");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p12))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("msq-offline.db")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }
}
