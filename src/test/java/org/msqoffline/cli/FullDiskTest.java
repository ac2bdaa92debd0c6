package org.msqoffline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.ItemType;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.QuestionnaireLoader;
import org.msqoffline.response.AnswerCodec;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.HistoryEntry;
import org.msqoffline.store.ChildJvm;
import org.msqoffline.store.DataFolder;
import tools.jackson.databind.JsonNode;

/**
 * A full disk, for real: the data folder on a 2 MB tmpfs mounted in a private mount namespace (the machine's
 * mounts are not touched; as root, or else in an unprivileged user namespace), where the kernel refuses writes
 * with ENOSPC. Another JVM ({@link FullDiskSession}) runs the command line there until the disk is full and
 * past it; afterwards the tmpfs is copied out and checked here: every refusal was one plain line, the file is
 * sound, every acknowledged answer is there, the earlier export is untouched and nothing half-written is left.
 */
class FullDiskTest {
    private static final String DISK_FULL = "error: the disk is full: nothing was saved; free some space and try again";
    private static final Duration SESSION_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    @Test
    void aFullDiskRefusesSavesAndExportsInOneLineAndLosesNothingAcknowledged() throws Exception {
        PrivateTmpfs tmpfs = PrivateTmpfs.probe(temp);
        assumeTrue(tmpfs.available(), "no private tmpfs can be mounted here: " + tmpfs.why());

        Path seed = temp.resolve("seed");
        Path seedData = seed.resolve("data");
        String id = CommandLineHarness.run(seedData, "response", "create", "--country", "AZE").out().strip();
        Map<String, String> acknowledged = new LinkedHashMap<>();
        acknowledged.put("contact-name", "Aynur Mammadova");
        acknowledged.put("a-portal-national", "https://www.e-gov.az");
        acknowledged.forEach((item, value) -> assertThat(CommandLineHarness.run(seedData, "answer", "set", id, item, value).code()).isZero());
        Files.createDirectories(seed.resolve("out"));
        assertThat(CommandLineHarness.run(seedData, "response", "export-json", id, "--out", seed.resolve("out/answers.json").toString())
                .code()).isZero();
        String earlierExport = Json.sha256(Files.readAllBytes(seed.resolve("out/answers.json")));

        Path disk = Files.createDirectories(temp.resolve("disk"));
        Path after = Files.createDirectories(temp.resolve("after"));
        List<String> items = longTextItems().subList(0, 6);
        List<String> session = ChildJvm.command(FullDiskSession.class, disk.resolve("data").toString(), id,
                disk.resolve("out/answers.json").toString(), disk.resolve("ballast").toString(), String.join(",", items));
        int code = tmpfs.run("2m", seed, disk, after, session, temp.resolve("session.out"), temp.resolve("session.err"), SESSION_TIMEOUT);
        String childErrors = Files.readString(temp.resolve("session.err"));
        assertThat(code).as("the session's exit code; its errors:\n" + childErrors).isZero();
        assertThat(childErrors).as("nothing but the commands' own lines: no stack trace, no logging noise").isEmpty();

        Map<String, JsonNode> steps = new LinkedHashMap<>();
        List<JsonNode> fills = new ArrayList<>();
        for (String line : Files.readAllLines(temp.resolve("session.out"))) {
            JsonNode step = Json.read(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (step.get("step").asString().equals("fill")) {
                fills.add(step);
            } else {
                steps.put(step.get("step").asString(), step);
            }
        }
        JsonNode refused = fills.get(fills.size() - 1);
        assertThat(fills.size()).as("saves acknowledged before the disk was full").isGreaterThan(3);
        assertThat(refused.get("code").asInt()).as("the save that found the disk full").isEqualTo(ExitCode.UNUSABLE);
        assertThat(refused.get("err").asString()).isEqualTo(DISK_FULL + System.lineSeparator());
        for (JsonNode fill : fills.subList(0, fills.size() - 1)) {
            assertThat(fill.get("code").asInt()).as("fill %s", fill.get("n")).isZero();
            assertThat(fill.get("err").asString()).isEmpty();
            acknowledged.put(fill.get("item").asString(), FullDiskSession.fillValue(fill.get("n").asInt()));
        }

        JsonNode again = steps.get("set-when-full");
        assertThat(again.get("code").asInt()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(again.get("err").asString()).isEqualTo(DISK_FULL + System.lineSeparator());

        JsonNode export = steps.get("export-when-full");
        assertThat(export.get("code").asInt()).isEqualTo(ExitCode.UNUSABLE);
        assertThat(export.get("err").asString()).as("one line naming the file and the reason")
                .isEqualTo("error: cannot write " + disk.resolve("out/answers.json") + ": No space left on device" + System.lineSeparator());
        assertThat(fieldNames(export.get("exportFolder"))).as("the export folder on the full disk: no half-written file")
                .containsExactly("answers.json");
        assertThat(export.get("exportFolder").get("answers.json").asString()).as("the earlier export, untouched").isEqualTo(earlierExport);

        JsonNode check = steps.get("check-when-full");
        assertThat(check.get("code").asInt()).as("reading still works on a full disk: " + check.get("err")).isEqualTo(ExitCode.CHECKS_FAILED);
        assertThat(check.get("out").asString()).contains("contact-email");

        JsonNode freed = steps.get("set-after-freeing");
        assertThat(freed.get("code").asInt()).as("with room again: " + freed.get("err")).isZero();
        acknowledged.put(items.get(0), "saved once there was room");
        JsonNode exportedAfter = steps.get("export-after-freeing");
        assertThat(exportedAfter.get("code").asInt()).as("export with room again: " + exportedAfter.get("err")).isZero();
        assertThat(fieldNames(exportedAfter.get("exportFolder"))).containsExactly("answers.json");
        assertThat(Files.readString(after.resolve("out/answers.json"))).contains("saved once there was room");

        assertThat(partialFiles(after)).as("temporary files left on the disk").isEmpty();
        try (DataFolder data = DataFolder.open(after.resolve("data"), DataFolder.Access.WRITE)) {
            assertThat(data.database().integrityCheck()).isEqualTo("ok");
            Questionnaire questionnaire = data.questionnaires().ensureBundled();
            Map<String, AnswerValue> answers = data.answers().load(id, questionnaire).byItemId();
            for (Map.Entry<String, String> answer : acknowledged.entrySet()) {
                assertThat(answers.get(answer.getKey())).as("the last acknowledged answer of %s", answer.getKey())
                        .isEqualTo(new AnswerValue.Text(answer.getValue()));
                List<HistoryEntry> history = data.answers().history(id, answer.getKey());
                assertThat(history.get(history.size() - 1).newValue()).as("the last change of %s in its history", answer.getKey())
                        .isEqualTo(AnswerCodec.toStoredJson(new AnswerValue.Text(answer.getValue())));
            }
            assertThat(answers).as("no answer that was refused").containsOnlyKeys(acknowledged.keySet());
        }
    }

    private static List<String> longTextItems() throws Exception {
        Questionnaire msq = new QuestionnaireLoader().loadTrusted(QuestionnaireLoader.bundledBytes(QuestionnaireLoader.BUNDLED_MSQ_2024));
        return msq.items().stream().filter(item -> item.type() == ItemType.LONGTEXT && item.condition().isEmpty())
                .map(item -> item.id()).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private static List<Path> partialFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".partial")).toList();
        }
    }
}
