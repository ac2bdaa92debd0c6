package org.msqoffline.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.ChoiceOption;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.ItemType;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Problem;
import org.msqoffline.response.ProblemKind;

/**
 * One item of the form: its answer, whether it is shown (its condition holds), and the problem the
 * completeness check finds with it, which is shown once the item was left (a missing answer: once it was emptied
 * there) or the review opened.
 */
public final class ItemViewModel {
    private final Item item;
    private final String language;
    private final FormViewModel form;
    private final ObjectProperty<AnswerValue> value = new SimpleObjectProperty<>();
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final ObjectProperty<ProblemKind> problem = new SimpleObjectProperty<>();
    private final BooleanProperty touched = new SimpleBooleanProperty(false);
    /** Whether the official changed this answer here (typed, chose, cleared), not only passed through it. */
    private final BooleanProperty edited = new SimpleBooleanProperty(false);
    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private final StringProperty carriedFrom = new SimpleStringProperty();
    private final StringBinding visibleProblem;

    ItemViewModel(Item item, FormViewModel form, Messages messages) {
        this.item = item;
        this.form = form;
        this.language = messages.language();
        this.visibleProblem = Bindings.createStringBinding(() -> {
            ProblemKind kind = problem.get();
            if (kind == null || !editable.get()) {
                return null;   // an item of the coordinator's, in a part delegated: not the delegate's to fix
            }
            // A required answer not given is said once the review opened, or when the official emptied it: passing
            // through the empty fields of a new response with Tab is no mistake. A wrong answer is said on leaving
            // it, and at once when it was saved so (not while it is being typed).
            boolean said = form.showAllProblemsProperty().get()
                    || (kind.isMissing() ? touched.get() && edited.get() : touched.get() || !edited.get());
            return said ? new Problem(item, kind).message(messages) : null;
        }, problem, touched, edited, editable, form.showAllProblemsProperty());
    }

    public Item item() {
        return item;
    }

    public String id() {
        return item.id();
    }

    public String number() {
        return item.number();
    }

    public String text() {
        return item.text().in(language);
    }

    public Optional<String> heading() {
        return item.headingText().map(t -> t.in(language));
    }

    public Optional<String> note() {
        return item.noteText().map(t -> t.in(language));
    }

    public String optionLabel(ChoiceOption option) {
        return option.label().in(language);
    }

    public boolean isRequired() {
        return item.requiredWhenShown();
    }

    public boolean isNew() {
        return item.isNew();
    }

    public ReadOnlyObjectProperty<AnswerValue> valueProperty() {
        return value;
    }

    void setValueSilently(AnswerValue newValue) {
        value.set(newValue);
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown;
    }

    BooleanProperty shownWritable() {
        return shown;
    }

    ObjectProperty<ProblemKind> problemWritable() {
        return problem;
    }

    public ReadOnlyObjectProperty<ProblemKind> problemProperty() {
        return problem;
    }

    /** False outside the delegated items of a response received from a coordinator. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    BooleanProperty editableWritable() {
        return editable;
    }

    /** The edition a carried-forward answer came from while it awaits confirmation, else null. */
    public ReadOnlyStringProperty carriedFromProperty() {
        return carriedFrom;
    }

    StringProperty carriedFromWritable() {
        return carriedFrom;
    }

    /** Confirms a carried-forward answer as it is. */
    public void confirm() {
        form.confirm(this);
    }

    public ReadOnlyBooleanProperty touchedProperty() {
        return touched;
    }

    /** The sentence to show under the input, or null when there is nothing to say (yet). */
    public StringBinding visibleProblemProperty() {
        return visibleProblem;
    }

    /** The typed text of a text item; blank text means "no answer". */
    public String textValue() {
        return value.get() instanceof AnswerValue.Text t ? t.text() : "";
    }

    public void setText(String text) {
        answer(text == null || text.isBlank() ? null : new AnswerValue.Text(text));
    }

    /** Whether a choice option is selected. */
    public boolean isSelected(String optionId) {
        return value.get() != null && value.get().selects(optionId);
    }

    /** The text given with a free-text option ("Other"), or "". */
    public String freeText(String optionId) {
        return choices().stream().filter(c -> c.optionId().equals(optionId)).map(AnswerValue.Choice::freeText)
                .filter(t -> t != null).findFirst().orElse("");
    }

    private List<AnswerValue.Choice> choices() {
        AnswerValue current = value.get();
        if (current instanceof AnswerValue.Choice choice) {
            return List.of(choice);
        }
        if (current instanceof AnswerValue.Choices several) {
            return several.choices();
        }
        return List.of();
    }

    /** Selects a single-choice option (null clears), keeping any text typed for it. */
    public void choose(String optionId) {
        if (optionId == null) {
            answer(null);
            return;
        }
        answer(new AnswerValue.Choice(optionId, freeTextOrNull(optionId)));
    }

    /** Ticks or unticks a multiple-choice option. */
    public void toggle(String optionId, boolean selected) {
        List<AnswerValue.Choice> next = new ArrayList<>();
        for (ChoiceOption option : item.options()) {
            boolean on = option.id().equals(optionId) ? selected : isSelected(option.id());
            if (on) {
                next.add(new AnswerValue.Choice(option.id(), freeTextOrNull(option.id())));
            }
        }
        answer(next.isEmpty() ? null : new AnswerValue.Choices(next));
    }

    /** Sets the text of a free-text option, selecting that option. */
    public void setFreeText(String optionId, String text) {
        String kept = text == null || text.isEmpty() ? null : text;
        if (item.type() == ItemType.SINGLE) {
            answer(new AnswerValue.Choice(optionId, kept));
            return;
        }
        List<AnswerValue.Choice> next = new ArrayList<>();
        for (ChoiceOption option : item.options()) {
            if (option.id().equals(optionId)) {
                next.add(new AnswerValue.Choice(optionId, kept));
            } else if (isSelected(option.id())) {
                next.add(new AnswerValue.Choice(option.id(), freeTextOrNull(option.id())));
            }
        }
        answer(new AnswerValue.Choices(next));
    }

    private String freeTextOrNull(String optionId) {
        boolean takesText = item.option(optionId).map(ChoiceOption::freeText).orElse(false);
        String text = freeText(optionId);
        return takesText && !text.isEmpty() ? text : null;
    }

    private void answer(AnswerValue answer) {
        edited.set(true);
        form.answer(this, answer);
    }

    /** The input was left: from now on its problems show, and its pending change is saved at once. */
    public void left() {
        touched.set(true);
        form.flush(this);
    }

    /** The input got the focus: this is the current item (for history, search and the last place). */
    public void focused() {
        form.focusedItemProperty().set(this);
    }
}
