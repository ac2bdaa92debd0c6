package org.msqoffline.ui.collaborate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.msqoffline.app.Contributions;
import org.msqoffline.app.Responses;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.HistoryEntry;
import org.msqoffline.response.MergePlan;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.ui.common.TaskExecutor;

/**
 * "Import contribution": a signed contribution compared item by item with the response. Items only the
 * contributor changed are taken (pre-selected, explained); for conflicts the official chooses Take or
 * Keep per item, or for all; then Merge. Already merged or refused contributions say so in one line.
 */
public final class ComparisonViewModel {
    /** One differing item. {@code takeIncoming} can be changed only for conflicts. */
    public static final class Row {
        private final MergePlan.ItemMerge merge;
        private final String current;
        private final String currentBy;
        private final String incoming;
        private final String changeText;
        private final String explanation;
        private final WordDiff.Marked words;
        private final BooleanProperty takeIncoming;

        Row(MergePlan.ItemMerge merge, String current, String currentBy, String incoming, String changeText, String explanation) {
            this.merge = merge;
            this.current = current;
            this.currentBy = currentBy;
            this.incoming = incoming;
            this.changeText = changeText;
            this.explanation = explanation;
            // Only between two answers: a side without one says so in words, and all of the other side is new.
            this.words = merge.current() != null && merge.incoming() != null ? WordDiff.of(current, incoming) : null;
            this.takeIncoming = new SimpleBooleanProperty(merge.change() == MergePlan.Change.INCOMING);
        }

        public String itemId() {
            return merge.item().id();
        }

        public String number() {
            return merge.item().number();
        }

        public String text(String language) {
            return merge.item().text().in(language);
        }

        public MergePlan.Change change() {
            return merge.change();
        }

        public boolean choosable() {
            return merge.change() == MergePlan.Change.CONFLICT;
        }

        public String current() {
            return current;
        }

        /** The current answer, the words the incoming one does not have marked. */
        List<WordDiff.Segment> currentWords() {
            return words == null ? WordDiff.unmarked(current) : words.before();
        }

        /** The incoming answer, the words the current one does not have marked. */
        List<WordDiff.Segment> incomingWords() {
            return words == null ? WordDiff.unmarked(incoming) : words.after();
        }

        public String currentBy() {
            return currentBy;
        }

        public String incoming() {
            return incoming;
        }

        public String changeText() {
            return changeText;
        }

        public String explanation() {
            return explanation;
        }

        public BooleanProperty takeIncomingProperty() {
            return takeIncoming;
        }
    }

    private final Contributions contributions;
    private final Responses responses;
    private final ResponseInfo response;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Runnable afterMerge;
    private final DateTimeFormatter format;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty alreadyMerged = new SimpleBooleanProperty(false);
    private final BooleanProperty merged = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Contributions.Comparison comparison;

    public ComparisonViewModel(Contributions contributions, Responses responses, ResponseInfo response, TaskExecutor tasks,
            Messages messages, Runnable afterMerge) {
        this.contributions = contributions;
        this.responses = responses;
        this.response = response;
        this.tasks = tasks;
        this.messages = messages;
        this.afterMerge = afterMerge;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
    }

    /** Reads, verifies and compares the contribution in {@code file}, in the background. */
    public void load(Path file) {
        busy.set(true);
        error.set("");
        tasks.read(() -> {
            Contributions.Comparison compared = contributions.compare(response, file.getFileName().toString(), Files.readAllBytes(file));
            List<Row> found = new ArrayList<>();
            for (MergePlan.ItemMerge item : compared.plan().differences()) {
                found.add(row(item));
            }
            return new Loaded(compared, found);
        }, this::show, problem -> {
            busy.set(false);
            error.set(messages.get("ui.collaborate.refused", oneLine(messages.explain(problem))));
        });
    }

    private record Loaded(Contributions.Comparison comparison, List<Row> rows) {
    }

    private Row row(MergePlan.ItemMerge item) {
        String by = responses.history(response, item.item().id()).stream().max(Comparator.comparingLong(HistoryEntry::sequence))
                .map(entry -> messages.get("ui.collaborate.changedBy", entry.changedBy(), format.format(entry.changedAt())))
                .orElse("");
        String change = switch (item.change()) {
            case INCOMING -> messages.get("ui.collaborate.changeIncoming");
            case LOCAL -> messages.get("ui.collaborate.changeLocal");
            case CONFLICT -> messages.get("ui.collaborate.changeConflict");
            default -> messages.get("ui.collaborate.changeSame");
        };
        String explanation = switch (item.change()) {
            case INCOMING -> messages.get("ui.collaborate.explainIncoming");
            case LOCAL -> messages.get("ui.collaborate.explainLocal");
            case CONFLICT -> messages.get("ui.collaborate.explainConflict");
            default -> "";
        };
        return new Row(item, AnswerText.of(item.item(), item.current(), messages), by, AnswerText.of(item.item(), item.incoming(), messages),
                change, explanation);
    }

    private void show(Loaded loaded) {
        busy.set(false);
        comparison = loaded.comparison();
        rows.setAll(loaded.rows());
        alreadyMerged.set(comparison.alreadyMerged());
        heading.set(messages.get("ui.collaborate.from", comparison.signer(), comparison.delegation().delegatedTo(),
                comparison.fingerprint()));
        long conflicts = loaded.rows().stream().filter(Row::choosable).count();
        if (comparison.alreadyMerged()) {
            message.set(messages.get("ui.collaborate.alreadyMerged"));
        } else if (loaded.rows().isEmpty()) {
            message.set(messages.get("ui.collaborate.nothingDiffers"));
        } else {
            message.set(messages.get("ui.collaborate.summary", loaded.rows().size(), conflicts));
        }
        this.loaded.set(true);
    }

    public void takeAll() {
        rows.stream().filter(Row::choosable).forEach(row -> row.takeIncomingProperty().set(true));
    }

    public void keepAll() {
        rows.stream().filter(Row::choosable).forEach(row -> row.takeIncomingProperty().set(false));
    }

    public BooleanBinding canMerge() {
        return Bindings.createBooleanBinding(() -> loaded.get() && !alreadyMerged.get() && !merged.get() && !busy.get(),
                loaded, alreadyMerged, merged, busy);
    }

    /** The choices made: for each conflicting item, whether the contributor's answer is taken. */
    public Map<String, Boolean> choices() {
        Map<String, Boolean> choices = new LinkedHashMap<>();
        rows.stream().filter(Row::choosable).forEach(row -> choices.put(row.itemId(), row.takeIncomingProperty().get()));
        return choices;
    }

    /** Merges with the choices made; the changes enter the history under the signer's name. */
    public void merge() {
        if (!canMerge().get()) {
            return;
        }
        busy.set(true);
        Map<String, Boolean> choices = choices();
        Contributions.Comparison compared = comparison;
        tasks.write(() -> contributions.apply(compared, choices), done -> {
            busy.set(false);
            merged.set(true);
            message.set(messages.get("ui.collaborate.merged", done.changed()));
            afterMerge.run();
        }, problem -> {
            busy.set(false);
            error.set(messages.get("ui.collaborate.refused", oneLine(messages.explain(problem))));
        });
    }

    private static String oneLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Why a row's change is what it is; once merged, a conflict says which answer stayed. */
    public String explanationOf(Row row) {
        if (row.choosable() && merged.get()) {
            return messages.get(row.takeIncomingProperty().get() ? "ui.collaborate.explainConflictTaken" : "ui.collaborate.explainConflictKept");
        }
        return row.explanation();
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanProperty alreadyMergedProperty() {
        return alreadyMerged;
    }

    public BooleanProperty mergedProperty() {
        return merged;
    }
}
