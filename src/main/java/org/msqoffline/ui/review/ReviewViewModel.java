package org.msqoffline.ui.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Section;
import org.msqoffline.response.Completeness;
import org.msqoffline.response.Problem;
import org.msqoffline.ui.form.FormViewModel;

/** The review: every missing required item and every invalid answer, by section, from the completeness check. */
public final class ReviewViewModel {
    /** One problem to fix; {@code itemId} is where "go to" leads. */
    public record Entry(String itemId, String number, String question, String problem, boolean missing) {
    }

    /** The problems of one section. */
    public record Group(String sectionTitle, List<Entry> entries) {
    }

    private final FormViewModel form;
    private final Messages messages;
    private final Consumer<String> jumpTo;
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty();
    private final BooleanProperty complete = new SimpleBooleanProperty();
    private final ChangeListener<Completeness> refreshOnChange = (obs, old, now) -> refresh();

    public ReviewViewModel(FormViewModel form, Consumer<String> jumpTo) {
        this.form = form;
        this.messages = form.messages();
        this.jumpTo = jumpTo;
        // Weakly: the form outlives every review opened on it, and a review left must not be kept (and refreshed).
        form.completenessProperty().addListener(new WeakChangeListener<>(refreshOnChange));
        refresh();
    }

    private void refresh() {
        Completeness completeness = form.completenessProperty().get();
        String language = messages.language();
        Map<Section, List<Entry>> bySection = new LinkedHashMap<>();
        for (Problem problem : completeness.problems()) {
            Section section = form.questionnaire().sectionOf(problem.item().id());
            bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(new Entry(problem.item().id(), problem.item().number(),
                    problem.item().text().in(language), problem.message(messages), problem.kind().isMissing()));
        }
        List<Group> next = new ArrayList<>();
        bySection.forEach((section, entries) -> next.add(new Group(section.displayTitle(language), entries)));
        groups.setAll(next);
        complete.set(completeness.complete());
        summary.set(completeness.complete()
                ? messages.get("ui.review.complete", completeness.answeredCount())
                : messages.get("ui.review.summary", completeness.missing().size(), completeness.invalid().size(),
                        completeness.answeredRequiredCount(), completeness.requiredCount()));
    }

    /** Opening the review shows every problem in the form too, touched or not. */
    public void opened() {
        form.showAllProblemsProperty().set(true);
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete;
    }

    public FormViewModel form() {
        return form;
    }

    public void jump(Entry entry) {
        jumpTo.accept(entry.itemId());
    }
}
