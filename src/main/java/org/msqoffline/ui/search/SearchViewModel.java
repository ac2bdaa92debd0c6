package org.msqoffline.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.msqoffline.questionnaire.ChoiceOption;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.ui.form.FormViewModel;
import org.msqoffline.ui.form.ItemViewModel;

/** Finds text in the questions (text, heading, note, options) and in the answers; a hit leads to its item. */
public final class SearchViewModel {
    private static final int MAX_HITS = 200;
    /** Characters of context shown before and after a match (a hit's line is wide; what follows tells more). */
    private static final int BEFORE = 50;
    private static final int AFTER = 120;

    /** A place where the text was found. */
    public record Hit(String itemId, String number, String where, String snippet) {
    }

    private final FormViewModel form;
    private final Consumer<String> jumpTo;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Hit> hits = FXCollections.observableArrayList();

    public SearchViewModel(FormViewModel form, Consumer<String> jumpTo) {
        this.form = form;
        this.jumpTo = jumpTo;
        query.addListener((obs, old, now) -> search(now));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<Hit> hits() {
        return hits;
    }

    public void jump(Hit hit) {
        jumpTo.accept(hit.itemId());
    }

    private void search(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.length() < 2) {
            hits.clear();
            summary.set("");
            return;
        }
        String language = form.messages().language();
        List<Hit> found = new ArrayList<>();
        for (ItemViewModel item : form.items()) {
            if (found.size() >= MAX_HITS) {
                break;
            }
            Item definition = item.item();
            StringBuilder question = new StringBuilder(definition.text().in(language));
            definition.headingText().ifPresent(h -> question.append(" — ").append(h.in(language)));
            definition.noteText().ifPresent(n -> question.append(" — ").append(n.in(language)));
            for (ChoiceOption option : definition.options()) {
                question.append(" · ").append(option.label().in(language));
            }
            String questionHit = snippet(question.toString(), needle);
            if (questionHit != null || definition.number().equals(needle)) {
                found.add(new Hit(item.id(), item.number(), form.messages().get("ui.search.inQuestion"),
                        questionHit == null ? definition.text().in(language) : questionHit));
            }
            AnswerValue value = item.valueProperty().get();
            String answerHit = value == null ? null : snippet(answerText(definition, value, language), needle);
            if (answerHit != null) {
                found.add(new Hit(item.id(), item.number(), form.messages().get("ui.search.inAnswer"), answerHit));
            }
        }
        hits.setAll(found);
        summary.set(form.messages().get("ui.search.count", found.size()));
    }

    private static String answerText(Item item, AnswerValue value, String language) {
        if (value instanceof AnswerValue.Text text) {
            return text.text();
        }
        List<AnswerValue.Choice> choices = value instanceof AnswerValue.Choice choice ? List.of(choice)
                : ((AnswerValue.Choices) value).choices();
        StringBuilder out = new StringBuilder();
        for (AnswerValue.Choice choice : choices) {
            item.option(choice.optionId()).ifPresent(o -> out.append(o.label().in(language)).append(' '));
            if (choice.freeText() != null) {
                out.append(choice.freeText()).append(' ');
            }
        }
        return out.toString();
    }

    /** The text around the first match, or null when there is none. */
    static String snippet(String haystack, String needle) {
        int at = haystack.toLowerCase(Locale.ROOT).indexOf(needle);
        if (at < 0) {
            return null;
        }
        // Whole words at both ends: "…riod/cycle" told less than "…period/cycle".
        int from = Math.max(0, at - BEFORE);
        if (from > 0) {
            int space = haystack.indexOf(' ', from);
            from = space < 0 || space >= at ? from : space + 1;
        }
        int to = Math.min(haystack.length(), at + needle.length() + AFTER);
        if (to < haystack.length()) {
            int space = haystack.lastIndexOf(' ', to);
            to = space <= at + needle.length() ? to : space;
        }
        return (from > 0 ? "…" : "") + haystack.substring(from, to).replace('\n', ' ') + (to < haystack.length() ? "…" : "");
    }
}
