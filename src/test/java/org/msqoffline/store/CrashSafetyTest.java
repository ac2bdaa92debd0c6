package org.msqoffline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerCodec;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Answers;
import org.msqoffline.response.HistoryEntry;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.response.UnMemberStates;

/**
 * An acknowledged answer survives the app being killed at any moment: another JVM saves answers in a loop
 * and is killed (SIGKILL) at a random time; the restarted app must find a sound file holding, for every item,
 * the last acknowledged value or the one write that may have landed after it.
 */
class CrashSafetyTest {
    private static final Pattern ACK = Pattern.compile("ack (\\S+) (\\d+)");
    private static final Duration FIRST_ACK_TIMEOUT = Duration.ofSeconds(60);
    /** Numbers of each run start here apart, so a later run's values are always larger. */
    private static final long RUN_SPAN = 1_000_000_000L;

    @TempDir
    Path folder;

    @TempDir
    Path scratch;

    private List<AnswerWriterProcess.Target> targets;

    @Test
    void acknowledgedAnswersSurviveKills() throws Exception {
        killRepeatedly(Integer.getInteger("msq.crash.kills", 5));
    }

    @Tag("long")
    @Test
    void acknowledgedAnswersSurviveTwoHundredKills() throws Exception {
        killRepeatedly(200);
    }

    private void killRepeatedly(int kills) throws Exception {
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            Questionnaire questionnaire = data.questionnaires().ensureBundled();
            data.responses().create(UnMemberStates.byIso3("AZE").orElseThrow(), questionnaire);
            targets = AnswerWriterProcess.targets(questionnaire);
        }
        long seed = Long.getLong("msq.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Map<String, Long> known = new HashMap<>();
        for (int kill = 0; kill < kills; kill++) {
            long delay = 150 + random.nextInt(751);
            String run = "kill " + (kill + 1) + " of " + kills + " after " + delay + " ms (seed " + seed + ")";
            Run acks = writeUntilKilled(kill * RUN_SPAN, delay, "writer-" + kill);
            acks.lastByItem.forEach((item, n) -> known.merge(item, n, Math::max));
            checkAfterRestart(known, acks.maxAcked, run);
        }
    }

    /** What one writer acknowledged before it died. */
    private static final class Run {
        final Map<String, Long> lastByItem = new HashMap<>();
        long maxAcked = -1;
    }

    private Run writeUntilKilled(long firstNumber, long delayMillis, String name) throws IOException, InterruptedException {
        Path output = scratch.resolve(name + ".out");
        try (ChildJvm writer = ChildJvm.startWithOutputTo(output, scratch.resolve(name + ".err"), AnswerWriterProcess.class,
                folder.toString(), Long.toString(firstNumber), AnswerWriterProcess.encode(targets))) {
            awaitFirstAck(writer, output);
            Thread.sleep(delayMillis);

            writer.kill();

            assertThat(writer.errors()).as("the writer's errors").isEmpty();
        }
        // Every line in the file was written after its save returned; the kernel keeps it when the process dies.
        Run acks = new Run();
        for (String line : Files.readAllLines(output)) {
            Matcher ack = ACK.matcher(line);
            assertThat(ack.matches()).as("writer output line %s", line).isTrue();
            long n = Long.parseLong(ack.group(2));
            acks.lastByItem.merge(ack.group(1), n, Math::max);
            acks.maxAcked = Math.max(acks.maxAcked, n);
        }
        assertThat(acks.maxAcked).as("acknowledged saves").isGreaterThanOrEqualTo(firstNumber);
        return acks;
    }

    private static void awaitFirstAck(ChildJvm writer, Path output) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + FIRST_ACK_TIMEOUT.toNanos();
        while (Files.size(output) == 0) {
            if (!writer.isAlive() || System.nanoTime() > deadline) {
                writer.kill();
                throw new AssertionError("the writer acknowledged nothing; its errors:\n" + writer.errors());
            }
            Thread.sleep(5);
        }
    }

    /**
     * The app restarted: the file must be sound and hold, for every item, the value last acknowledged or last seen
     * after a restart, or the one save that may have landed after the last acknowledgement. What it holds is
     * then what the next restart must find at least.
     */
    private void checkAfterRestart(Map<String, Long> known, long maxAckedThisRun, String run) throws SQLException {
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            assertThat(data.database().integrityCheck()).as("integrity after " + run).isEqualTo("ok");
            List<ResponseInfo> responses = data.responses().list();
            assertThat(responses).as("responses after " + run).hasSize(1);
            String responseId = responses.get(0).id();
            Questionnaire questionnaire = data.questionnaires().ensureBundled();
            assertThat(responses.get(0).questionnaireSha256()).isEqualTo(questionnaire.sha256());
            Answers answers = data.answers().load(responseId, questionnaire);

            for (Map.Entry<String, Long> acked : known.entrySet()) {
                assertThat(answers.get(acked.getKey())).as("answer of %s, known as value-%d, after %s", acked.getKey(), acked.getValue(), run)
                        .containsInstanceOf(AnswerValue.Text.class);
            }
            for (Map.Entry<String, AnswerValue> answer : answers.byItemId().entrySet()) {
                String item = answer.getKey();
                String text = ((AnswerValue.Text) answer.getValue()).text();
                long n = AnswerWriterProcess.numberOf(text);
                if (known.containsKey(item)) {
                    assertThat(n).as("value of %s after %s", item, run).isIn(known.get(item), maxAckedThisRun + 1);
                } else {
                    assertThat(n).as("never acknowledged value of %s after %s", item, run).isEqualTo(maxAckedThisRun + 1);
                }
                AnswerWriterProcess.Target target = AnswerWriterProcess.targetFor(targets, n);
                assertThat(target.itemId()).as("item of value-%d", n).isEqualTo(item);
                assertThat(text).as("text of %s after %s", item, run).isEqualTo(AnswerWriterProcess.valueFor(target, n));
                List<HistoryEntry> history = data.answers().history(responseId, item);
                assertThat(history).as("history of %s after %s", item, run).isNotEmpty();
                assertThat(history.get(history.size() - 1).newValue()).as("last history entry of %s after %s", item, run)
                        .isEqualTo(AnswerCodec.toStoredJson(answer.getValue()));
                known.put(item, n);
            }
        }
    }
}
