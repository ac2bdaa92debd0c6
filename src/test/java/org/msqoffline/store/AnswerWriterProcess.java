package org.msqoffline.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.msqoffline.questionnaire.ItemType;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerValue;

/**
 * The app, as the crash test sees it: {@code FOLDER FIRST TARGETS} opens the folder for writing, takes its one
 * response and saves answers "value-FIRST", "value-FIRST+1", ... on the target items in turn, printing
 * {@code ack ITEM N} once each save has returned, until it is killed. The targets come on the command line
 * (see {@link #encode}) rather than from the definition: checking the definition costs a second per restart
 * and is not what is tested here.
 */
public final class AnswerWriterProcess {
    static final String CONTRIBUTOR = "crash-test";

    private AnswerWriterProcess() {
    }

    /** An item written to, and whether it takes long texts (then some values are several kilobytes). */
    record Target(String itemId, boolean longText) {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        long n = Long.parseLong(args[1]);
        List<Target> targets = decode(args[2]);
        PrintStream out = System.out;
        DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE);
        String responseId = data.responses().list().get(0).id();
        while (true) {
            Target target = targetFor(targets, n);
            data.answers().set(responseId, target.itemId(), new AnswerValue.Text(valueFor(target, n)), CONTRIBUTOR);
            out.println("ack " + target.itemId() + " " + n);
            out.flush();
            n++;
        }
    }

    /** Every text and long text item of the definition. */
    static List<Target> targets(Questionnaire questionnaire) {
        return questionnaire.items().stream()
                .filter(item -> item.type() == ItemType.TEXT || item.type() == ItemType.LONGTEXT)
                .map(item -> new Target(item.id(), item.type() == ItemType.LONGTEXT))
                .toList();
    }

    /** "id:long,id:short,...": the targets as one argument. */
    static String encode(List<Target> targets) {
        return targets.stream().map(t -> t.itemId() + (t.longText() ? ":long" : ":short")).collect(Collectors.joining(","));
    }

    static List<Target> decode(String encoded) {
        return Arrays.stream(encoded.split(",")).map(part -> {
            int colon = part.lastIndexOf(':');
            return new Target(part.substring(0, colon), part.substring(colon + 1).equals("long"));
        }).toList();
    }

    static Target targetFor(List<Target> targets, long n) {
        return targets.get((int) (n % targets.size()));
    }

    /** "value-N", and on every third long text item a few kilobytes more: values that overflow a page. */
    static String valueFor(Target target, long n) {
        String value = "value-" + n;
        if (target.longText() && n % 3 == 0) {
            return value + " " + "long answer text ".repeat(100 + (int) (n % 7) * 20);
        }
        return value;
    }

    /** N of a value written by {@link #valueFor}. */
    static long numberOf(String value) {
        int end = value.indexOf(' ');
        return Long.parseLong(value.substring("value-".length(), end < 0 ? value.length() : end));
    }
}
