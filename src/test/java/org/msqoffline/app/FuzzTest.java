package org.msqoffline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.exchange.ExportOptions;
import org.msqoffline.exchange.InvalidSubmissionException;
import org.msqoffline.exchange.KeyAlgorithm;
import org.msqoffline.exchange.Paper;
import org.msqoffline.exchange.SigningIdentity;
import org.msqoffline.exchange.VerificationReport;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;

/**
 * Random mutations (seeded, so a failure can be replayed): a package whose files' bytes changed is
 * never VALID; a change to the ZIP's own bookkeeping either fails or verifies the very same content;
 * a mutated submission either imports whole or is refused with a reason, never half-written.
 */
class FuzzTest {
    private static final long SEED = Long.getLong("msq.fuzz.seed", 20261127L);

    @TempDir
    static Path folder;

    private static DataFolder data;
    private static Responses responses;
    private static byte[] original;
    private static Map<String, byte[]> originalEntries;

    @BeforeAll
    static void export() throws Exception {
        data = DataFolder.open(folder.resolve("data"), DataFolder.Access.WRITE);
        responses = new Responses(data);
        ResponseInfo response = responses.importSample("Fuzzer");
        SigningIdentity identity = SigningIdentity.create(new SigningIdentity.Holder("Fuzz Tester", "fuzz@example.org", "Testing",
                "AZE"), KeyAlgorithm.EC_P256, Instant.now());
        Exports exports = new Exports(responses, data.clock(), Messages.english());
        original = exports.build(response, identity, new ExportOptions(true, Paper.A4), progress -> { }).bytes();
        originalEntries = entries(original);
        assertThat(verify(original).valid()).isTrue();
    }

    @AfterAll
    static void close() {
        data.close();
    }

    private static VerificationReport verify(byte[] bytes) {
        return Exports.verifier(responses).verify("fuzzed.asice", bytes);
    }

    @Test
    void aPackageWithAnyFileMutatedIsNeverValid() throws IOException {
        mutateFiles(Integer.getInteger("msq.fuzz.files", 60));
    }

    @Test
    void zipBookkeepingMutationsFailOrVerifyTheSameContent() throws IOException {
        mutateContainer(Integer.getInteger("msq.fuzz.container", 100));
    }

    @Test
    void mutatedSubmissionsImportWholeOrNotAtAll() {
        mutateSubmissions(Integer.getInteger("msq.fuzz.imports", 200));
    }

    @Tag("long")
    @Test
    void longRun() throws IOException {
        mutateFiles(1000);
        mutateContainer(3000);
        mutateSubmissions(5000);
    }

    private static void mutateFiles(int rounds) throws IOException {
        Random random = new Random(SEED);
        List<String> names = new ArrayList<>(originalEntries.keySet());
        for (int round = 0; round < rounds; round++) {
            String name = names.get(random.nextInt(names.size()));
            Map<String, byte[]> changed = new LinkedHashMap<>(originalEntries);
            byte[] content = changed.get(name).clone();
            int position = random.nextInt(content.length);
            content[position] ^= (byte) (1 + random.nextInt(255));
            changed.put(name, content);
            VerificationReport report = verify(zip(changed));
            assertThat(report.valid()).as("round %d: byte %d of %s changed", round, position, name).isFalse();
        }
    }

    private static void mutateContainer(int rounds) throws IOException {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < rounds; round++) {
            byte[] mutated = original.clone();
            int position = random.nextInt(mutated.length);
            mutated[position] ^= (byte) (1 + random.nextInt(255));
            VerificationReport report = verify(mutated);
            if (report.valid()) {
                Map<String, byte[]> seen = entries(mutated);
                assertThat(seen.keySet()).as("round %d, byte %d", round, position).isEqualTo(originalEntries.keySet());
                for (String name : originalEntries.keySet()) {
                    assertThat(Arrays.equals(seen.get(name), originalEntries.get(name)))
                            .as("round %d, byte %d: a VALID package must carry the very same %s", round, position, name).isTrue();
                }
            }
        }
    }

    private static void mutateSubmissions(int rounds) {
        byte[] sample = SampleData.azerbaijan2024();
        Random random = new Random(SEED + 2);
        for (int round = 0; round < rounds; round++) {
            byte[] mutated = mutate(sample, random);
            int before = responses.list().size();
            try {
                ResponseInfo imported = responses.importSubmission(mutated, "Fuzzer");
                assertThat(responses.list()).hasSize(before + 1);
                assertThat(responses.answers(imported).byItemId()).isNotNull();
            } catch (InvalidSubmissionException refused) {
                assertThat(refused.getMessage()).as("round %d", round).isNotBlank().doesNotContain("\n");
                assertThat(responses.list()).as("round %d: a refused file writes nothing", round).hasSize(before);
            }
        }
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        switch (random.nextInt(4)) {
            case 0 -> copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
            case 1 -> copy = Arrays.copyOf(copy, random.nextInt(copy.length));
            case 2 -> copy[random.nextInt(copy.length)] = (byte) "{}[]\",:0tn\\".charAt(random.nextInt(11));
            default -> {
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
            }
        }
        return copy;
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Re-packs entries the way the writer does: mimetype first and stored, the rest deflated. */
    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                if (file.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(file.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(file.getValue().length);
                    entry.setCompressedSize(file.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                out.putNextEntry(entry);
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
