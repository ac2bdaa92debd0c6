package org.msqoffline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.msqoffline.app.SampleData;
import org.msqoffline.cli.CommandLineHarness.Run;

/**
 * Every file of the hostile corpus (src/test/resources/org/msqoffline/hostile) is refused with one line
 * beginning "error:", no stack trace, an exit code of 1 or 2, and nothing written to the data folder.
 */
class HostileInputTest {
    @TempDir
    Path temp;


    private Run run(String... args) {
        return CommandLineHarness.run(temp.resolve("data"), args);
    }

    static Stream<Path> corpus(String folder) throws IOException, URISyntaxException {
        Path root = Path.of(HostileInputTest.class.getResource("/org/msqoffline/hostile/" + folder).toURI());
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("valid-")).sorted().toList().stream();
        }
    }

    static Stream<Path> definitions() throws IOException, URISyntaxException {
        return corpus("definitions");
    }

    static Stream<Path> submissions() throws IOException, URISyntaxException {
        return corpus("submissions");
    }

    static Stream<Path> delegations() throws IOException, URISyntaxException {
        return corpus("delegations");
    }

    private static void assertRefusedInOneLine(Run run) {
        assertThat(run.code()).as(run.err()).isIn(1, 2);
        assertThat(run.err().lines().toList()).as("stderr").hasSize(1).first().asString().startsWith("error: ");
        assertThat(run.err() + run.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void hostileDefinitionsAreRefused(Path file) {
        assertRefusedInOneLine(run("questionnaire", "validate", file.toString()));
        Run imported = run("questionnaire", "import", file.toString());
        assertRefusedInOneLine(imported);
        assertThat(run("questionnaire", "list").out().lines().count()).as("only the bundled definition").isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("submissions")
    void hostileSubmissionsAreRefusedAndWriteNothing(Path file) {
        assertRefusedInOneLine(run("response", "import", file.toString()));
        assertThat(run("response", "list", "--json").out().strip()).isEqualTo("[ ]");
    }

    @ParameterizedTest
    @MethodSource("delegations")
    void hostileDelegationFilesAreRefusedAndWriteNothing(Path file) {
        assertRefusedInOneLine(run("response", "import", file.toString()));
        assertThat(run("response", "list", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void theReferenceDelegationFileOfTheCorpusIsItselfValid() throws Exception {
        Path valid = Path.of(HostileInputTest.class.getResource("/org/msqoffline/hostile/delegations/valid-reference.msqd").toURI());
        Run imported = run("response", "import", valid.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    @Test
    void aHugeAnswerIsRefusedWithoutExhaustingMemory() throws Exception {
        String sample = new String(SampleData.azerbaijan2024(), StandardCharsets.UTF_8);
        String huge = sample.replace("\"Shahin Aliyev\"", "\"" + "x".repeat(17 * 1024 * 1024) + "\"");
        Path file = temp.resolve("huge.json");
        Files.writeString(file, huge);
        assertRefusedInOneLine(run("response", "import", file.toString()));
    }

    @Test
    void aZipBombIsRefusedWithoutInflatingIt() throws Exception {
        Path bomb = temp.resolve("bomb.asice");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            byte[] mimetype = "application/vnd.etsi.asic-e+zip".getBytes(StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry first = new java.util.zip.ZipEntry("mimetype");
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            first.setMethod(java.util.zip.ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new java.util.zip.ZipEntry("submission.json"));
            byte[] zeros = new byte[1 << 20];
            for (int megabyte = 0; megabyte < 1024; megabyte++) {
                zip.write(zeros);
            }
        }
        assertThat(Files.size(bomb)).as("a gigabyte of zeros, compressed").isLessThan(2_000_000);
        Run verified = run("verify", bomb.toString());
        assertThat(verified.code()).isEqualTo(1);
        assertThat(verified.out()).contains("INVALID").contains("implausibly large");
        assertRefusedInOneLine(run("response", "import", bomb.toString()));
        assertThat(run("response", "list", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws Exception {
        Path file = temp.resolve("too-big.json");
        byte[] big = new byte[65 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        Files.write(file, big);
        Run run = run("response", "import", file.toString());
        assertRefusedInOneLine(run);
        assertThat(run.err()).contains("larger than 64 MB");
    }
}
