package org.msqoffline.ui.collaborate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.msqoffline.app.Delegations;
import org.msqoffline.exchange.AtomicFile;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.Section;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.ui.common.TaskExecutor;

/** "Delegate…": sections and items chosen with check boxes, to whom, and where the .msqd file goes. */
public final class DelegateViewModel {
    /** An item that can be chosen. */
    public record ItemChoice(Item item, String label, BooleanProperty selected) {
    }

    /** A section: choosing it chooses all its items. */
    public record SectionChoice(Section section, String label, BooleanProperty selected, List<ItemChoice> items) {
    }

    private final Delegations delegations;
    private final ResponseInfo response;
    private final Supplier<String> contributor;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final List<SectionChoice> sections = new ArrayList<>();
    private final StringProperty to = new SimpleStringProperty("");
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** The delegation just issued is what the window shows: the same again would be a second, identical one. */
    private final BooleanProperty issuedAsShown = new SimpleBooleanProperty(false);
    private final BooleanBinding canDelegate;

    public DelegateViewModel(Delegations delegations, ResponseInfo response, Questionnaire questionnaire, Supplier<String> contributor,
            TaskExecutor tasks, Messages messages, Path defaultTarget) {
        this.delegations = delegations;
        this.response = response;
        this.contributor = contributor;
        this.tasks = tasks;
        this.messages = messages;
        this.target.set(defaultTarget);
        List<Observable> dependencies = new ArrayList<>(List.of(to, target, busy));
        for (Section section : questionnaire.sections()) {
            List<ItemChoice> items = new ArrayList<>();
            for (Item item : section.items()) {
                ItemChoice choice = new ItemChoice(item, item.number() + "  " + item.text().in(messages.language()),
                        new SimpleBooleanProperty(false));
                items.add(choice);
                dependencies.add(choice.selected());
            }
            SectionChoice choice = new SectionChoice(section, section.displayTitle(messages.language()), new SimpleBooleanProperty(false),
                    List.copyOf(items));
            choice.selected().addListener((obs, old, selected) -> choice.items().forEach(i -> i.selected().set(selected)));
            sections.add(choice);
        }
        // Any change (items, receiver, file) makes a new delegation of it possible.
        for (Observable dependency : List.copyOf(dependencies)) {
            if (dependency != busy) {
                dependency.addListener(changed -> issuedAsShown.set(false));
            }
        }
        dependencies.add(issuedAsShown);
        canDelegate = Bindings.createBooleanBinding(() -> !busy.get() && !issuedAsShown.get() && !to.get().isBlank()
                && target.get() != null && !chosenItemIds().isEmpty(), dependencies.toArray(Observable[]::new));
    }

    public List<SectionChoice> sections() {
        return sections;
    }

    /** The chosen items, in questionnaire order. */
    public List<String> chosenItemIds() {
        return sections.stream().flatMap(s -> s.items().stream()).filter(i -> i.selected().get()).map(i -> i.item().id()).toList();
    }

    public BooleanBinding canDelegate() {
        return canDelegate;
    }

    /** Issues the delegation and writes its file; the follow-ups of chosen questions come along. */
    public void delegate() {
        if (!canDelegate.get()) {
            return;
        }
        List<String> items = chosenItemIds();
        String receiver = to.get().strip();
        Path file = target.get();
        busy.set(true);
        error.set("");
        tasks.write(() -> {
            Delegations.Issued issued = delegations.delegate(response, items, List.of(), receiver, contributor.get());
            AtomicFile.write(file, issued.file());
            return issued;
        }, issued -> {
            busy.set(false);
            issuedAsShown.set(true);
            message.set(messages.get("ui.collaborate.delegated", issued.delegation().itemIds().size(), receiver, file));
        }, problem -> {
            busy.set(false);
            error.set(messages.get("ui.collaborate.delegateFailed", messages.explain(problem)));
        });
    }

    public Messages messages() {
        return messages;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
