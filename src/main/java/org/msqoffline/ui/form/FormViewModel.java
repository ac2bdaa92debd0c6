package org.msqoffline.ui.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.msqoffline.app.DesktopState;
import org.msqoffline.app.Responses;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.Section;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Answers;
import org.msqoffline.response.Completeness;
import org.msqoffline.response.CompletenessCheck;
import org.msqoffline.response.Delegation;
import org.msqoffline.response.ProblemKind;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.ui.common.AutosaveDebouncer;
import org.msqoffline.ui.common.CountryPicker;
import org.msqoffline.ui.common.SaveStatus;
import org.msqoffline.ui.common.TaskExecutor;

/**
 * The form of one response: answers held in memory for instant feedback, the completeness check run on
 * every change, and each change saved through {@link Responses#setAnswer} after a short pause.
 */
public final class FormViewModel {
    private final Responses responses;
    private final ResponseInfo response;
    private final Questionnaire questionnaire;
    private final Supplier<String> contributor;
    private final TaskExecutor tasks;
    private final SaveStatus saveStatus;
    private final DesktopState desktopState;
    private final Messages messages;
    private final AutosaveDebouncer autosave;
    private final List<SectionViewModel> sections = new ArrayList<>();
    private final Map<String, ItemViewModel> itemsById = new LinkedHashMap<>();
    private final IntegerProperty sectionIndex = new SimpleIntegerProperty(-1);
    private final ObjectProperty<ItemViewModel> focusedItem = new SimpleObjectProperty<>();
    private final ObjectProperty<Completeness> completeness = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty();
    private final BooleanProperty showAllProblems = new SimpleBooleanProperty(false);
    private Answers answers;
    /** The delegation this response answers, if it is a part received from a coordinator (read in the background). */
    private Optional<Delegation> delegation = Optional.empty();

    public FormViewModel(Responses responses, ResponseInfo response, Questionnaire questionnaire, Answers answers,
            Supplier<String> contributor, TaskExecutor tasks, SaveStatus saveStatus, DesktopState desktopState, Messages messages) {
        this.responses = responses;
        this.response = response;
        this.questionnaire = questionnaire;
        this.answers = answers;
        this.contributor = contributor;
        this.tasks = tasks;
        this.saveStatus = saveStatus;
        this.desktopState = desktopState;
        this.messages = messages;
        this.autosave = new AutosaveDebouncer(tasks, this::save);
        for (Section section : questionnaire.sections()) {
            List<ItemViewModel> items = new ArrayList<>();
            for (Item item : section.items()) {
                ItemViewModel itemViewModel = new ItemViewModel(item, this, messages);
                itemViewModel.setValueSilently(answers.get(item.id()).orElse(null));
                items.add(itemViewModel);
                itemsById.put(item.id(), itemViewModel);
            }
            sections.add(new SectionViewModel(section, items, messages));
        }
        recheck();
        focusedItem.addListener((obs, old, item) -> rememberPlace());
        tasks.read(() -> new Marks(responses.receivedDelegation(response), responses.carriedFrom(response)), this::mark, error -> { });
    }

    /** What the form marks on items: the delegation a received response answers, and answers carried forward. */
    private record Marks(Optional<Delegation> delegation, Map<String, String> carriedFrom) {
    }

    private void mark(Marks marks) {
        delegation = marks.delegation();
        recheck();
        for (ItemViewModel item : itemsById.values()) {
            item.editableWritable().set(answeredHere(item.item()));
            item.carriedFromWritable().set(marks.carriedFrom().get(item.id()));
        }
        // A part received from a coordinator opens where there is something to answer, not on a section of theirs.
        int current = sectionIndex.get();
        if (marks.delegation().isPresent() && (current < 0 || !hasEditableItem(sections.get(current)))) {
            for (int index = 0; index < sections.size(); index++) {
                if (hasEditableItem(sections.get(index))) {
                    selectSection(index);
                    return;
                }
            }
        }
    }

    /** Whether this response answers the item: all of them, but in a part received from a coordinator only those delegated. */
    private boolean answeredHere(Item item) {
        return delegation.map(d -> d.covers(item.id())).orElse(true);
    }

    private static boolean hasEditableItem(SectionViewModel section) {
        return section.items().stream().anyMatch(item -> item.editableProperty().get());
    }

    /** Confirms a carried-forward answer as it is. */
    public void confirm(ItemViewModel item) {
        answers = answers.confirmed(item.id());
        item.carriedFromWritable().set(null);
        recheck();
        saveStatus.started();
        tasks.write(() -> responses.confirm(response, item.item()), ok -> saveStatus.succeeded(), saveStatus::failed);
    }

    public ResponseInfo response() {
        return response;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Messages messages() {
        return messages;
    }

    /** "Azerbaijan — msq 2024 (1.0.0)". */
    public String title() {
        return messages.get("ui.form.title",
                CountryPicker.nameOf(response.countryIso3(), response.countryName(), messages.locale()), questionnaire.label());
    }

    public List<SectionViewModel> sections() {
        return sections;
    }

    public Optional<ItemViewModel> item(String itemId) {
        return Optional.ofNullable(itemsById.get(itemId));
    }

    public List<ItemViewModel> items() {
        return List.copyOf(itemsById.values());
    }

    public Answers answers() {
        return answers;
    }

    public IntegerProperty sectionIndexProperty() {
        return sectionIndex;
    }

    public SectionViewModel currentSection() {
        return sections.get(Math.max(0, sectionIndex.get()));
    }

    public ObjectProperty<ItemViewModel> focusedItemProperty() {
        return focusedItem;
    }

    public ReadOnlyObjectProperty<Completeness> completenessProperty() {
        return completeness;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    /** Set once the review was opened: from then on every problem shows, touched or not. */
    public BooleanProperty showAllProblemsProperty() {
        return showAllProblems;
    }

    /** Goes to a section, saving whatever is pending first. */
    public void selectSection(int index) {
        if (index < 0 || index >= sections.size()) {
            return;
        }
        autosave.flushAll();
        sectionIndex.set(index);
        rememberPlace();
    }

    public void nextSection() {
        selectSection(sectionIndex.get() + 1);
    }

    public void previousSection() {
        selectSection(sectionIndex.get() - 1);
    }

    /** Selects the section of an item and makes it the focused item; the view then focuses its input. */
    public void goTo(String itemId) {
        ItemViewModel target = itemsById.get(itemId);
        if (target == null) {
            return;
        }
        Section section = questionnaire.sectionOf(itemId);
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).section() == section && sectionIndex.get() != i) {
                selectSection(i);
            }
        }
        focusedItem.set(target);
    }

    /** The shown item before or after the focused one in the current section (across sections at its ends). */
    public Optional<ItemViewModel> neighbour(ItemViewModel from, int direction) {
        List<ItemViewModel> all = items();
        int index = from == null ? (direction > 0 ? -1 : all.size()) : all.indexOf(from);
        for (int i = index + direction; i >= 0 && i < all.size(); i += direction) {
            if (all.get(i).shownProperty().get()) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    void answer(ItemViewModel item, AnswerValue value) {
        if (Objects.equals(item.valueProperty().get(), value) || !item.editableProperty().get()) {
            return;
        }
        item.carriedFromWritable().set(null);
        item.setValueSilently(value);
        answers = answers.with(item.id(), value);
        recheck();
        autosave.changed(item.id());
    }

    /** Puts back an earlier value (from the history): shown, checked and saved at once. */
    public void restore(ItemViewModel item, AnswerValue value) {
        answer(item, value);
        flush(item);
    }

    void flush(ItemViewModel item) {
        autosave.flush(item.id());
    }

    public void flushAll() {
        autosave.flushAll();
    }

    /** Answers the data folder refused (a full disk) and that are so far only on screen. */
    public int refusedAnswers() {
        return autosave.refusedCount();
    }

    private void save(String itemId) {
        Item item = itemsById.get(itemId).item();
        AnswerValue value = answers.get(itemId).orElse(null);
        saveStatus.started();
        tasks.write(() -> responses.setAnswer(response, item, value, contributor.get()),
                changed -> saveStatus.succeeded(), problem -> {
                    autosave.failed(itemId);
                    saveStatus.failed(problem);
                });
    }

    private void recheck() {
        Completeness result = CompletenessCheck.check(questionnaire, answers);
        Map<String, ProblemKind> problems = new HashMap<>();
        result.problems().forEach(p -> problems.put(p.item().id(), p.kind()));
        for (ItemViewModel item : itemsById.values()) {
            item.shownWritable().set(result.isShown(item.id()));
            item.problemWritable().set(problems.get(item.id()));
        }
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).update(result.sections().get(i));
        }
        // A part received from a coordinator counts its own items, not the coordinator's ("4 of 67").
        Completeness.Progress counted = result.progressOf(this::answeredHere);
        progress.set(counted.fraction());
        progressText.set(messages.get("ui.form.progress", counted.answeredRequired(), counted.required(),
                Math.round(counted.fraction() * 100)));
        completeness.set(result);
    }

    private void rememberPlace() {
        if (desktopState == null || sectionIndex.get() < 0) {
            return;
        }
        ItemViewModel item = focusedItem.get();
        DesktopState.Place place = new DesktopState.Place(response.id(), currentSection().id(), item == null ? null : item.id());
        tasks.write(() -> {
            desktopState.rememberPlace(place);
            return null;
        }, ok -> { }, error -> { });
    }
}
