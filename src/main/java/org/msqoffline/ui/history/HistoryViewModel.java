package org.msqoffline.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.msqoffline.app.Responses;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.response.AnswerCodec;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.HistoryEntry;
import org.msqoffline.response.InvalidAnswerException;
import org.msqoffline.ui.common.TaskExecutor;
import org.msqoffline.ui.form.FormViewModel;
import org.msqoffline.ui.form.ItemViewModel;

/** The history of one item: who changed it, when, from what to what; an earlier value can be put back. */
public final class HistoryViewModel {
    private static final int PREVIEW_LENGTH = 300;
    /** How much of what stayed the same is shown before the first change in a long value. */
    private static final int EXCERPT_CONTEXT = 60;

    /** One change, newest first; {@code before} is the value the change replaced (null: no answer). */
    public record Row(String when, String who, String oldText, String newText, AnswerValue before) {
    }

    private final FormViewModel form;
    private final ItemViewModel item;
    private final Responses responses;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final DateTimeFormatter format;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");

    public HistoryViewModel(FormViewModel form, ItemViewModel item, Responses responses, TaskExecutor tasks) {
        this.form = form;
        this.item = item;
        this.responses = responses;
        this.tasks = tasks;
        this.messages = form.messages();
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
    }

    public String title() {
        return messages.get("ui.history.title", item.number(), item.text());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Loads the history; pending changes of the item are saved first so the list is current. */
    public void load() {
        form.flushAll();
        status.set(messages.get("ui.history.loading"));
        tasks.write(() -> responses.history(form.response(), item.id()), this::show,
                error -> status.set(messages.get("ui.status.failed", messages.explain(error))));
    }

    private void show(List<HistoryEntry> entries) {
        List<Row> next = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            String before = describe(entry.oldValue());
            String after = describe(entry.newValue());
            int from = excerptStart(before, after);
            next.add(new Row(format.format(entry.changedAt()), entry.changedBy(), excerpt(before, from), excerpt(after, from),
                    parse(entry.oldValue())));
        }
        Collections.reverse(next);
        rows.setAll(next);
        status.set(next.isEmpty() ? messages.get("ui.history.empty") : "");
    }

    /** Puts back the value a change replaced. */
    public void restore(Row row) {
        form.restore(item, row.before());
        load();
    }

    private AnswerValue parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return AnswerCodec.fromStoredJson(item.item(), json);
        } catch (InvalidAnswerException e) {
            return null;
        }
    }

    private String describe(String json) {
        AnswerValue value = parse(json);
        if (value == null) {
            return json == null ? messages.get("ui.history.noAnswer") : json;
        }
        return describe(item.item(), value).replace('\n', ' ');
    }

    private String describe(Item definition, AnswerValue value) {
        if (value instanceof AnswerValue.Text text) {
            return text.text();
        }
        List<AnswerValue.Choice> choices = value instanceof AnswerValue.Choice choice ? List.of(choice)
                : ((AnswerValue.Choices) value).choices();
        return choices.stream().map(choice -> {
            String label = definition.option(choice.optionId()).map(o -> o.label().in(messages.language())).orElse(choice.optionId());
            return choice.freeText() == null ? label : label + ": " + choice.freeText();
        }).collect(Collectors.joining("; "));
    }

    /**
     * Where the excerpts of a long value before and after a change begin: a little before the first character that
     * differs (at a word), so an edit at the end of a long answer shows instead of two equal beginnings.
     */
    static int excerptStart(String before, String after) {
        int common = 0;
        while (common < before.length() && common < after.length() && before.charAt(common) == after.charAt(common)) {
            common++;
        }
        if (common <= EXCERPT_CONTEXT) {
            return 0;
        }
        int start = before.lastIndexOf(' ', common - EXCERPT_CONTEXT);
        return start < 0 ? 0 : start + 1;
    }

    static String excerpt(String text, int start) {
        // A value shorter than where the other one changes (an answer cut short) is shown from its beginning.
        String from = start == 0 || start >= text.length() ? text : "…" + text.substring(start);
        return from.length() <= PREVIEW_LENGTH ? from : from.substring(0, PREVIEW_LENGTH) + "…";
    }
}
