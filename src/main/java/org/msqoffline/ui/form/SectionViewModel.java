package org.msqoffline.ui.form;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Section;
import org.msqoffline.response.SectionProgress;

/** One section in the navigator: its title, its items and how far it is. */
public final class SectionViewModel {
    private final Section section;
    private final String title;
    private final List<ItemViewModel> items;
    private final Messages messages;
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty();
    private final BooleanProperty complete = new SimpleBooleanProperty();

    SectionViewModel(Section section, List<ItemViewModel> items, Messages messages) {
        this.section = section;
        this.items = List.copyOf(items);
        this.messages = messages;
        this.title = section.displayTitle(messages.language());
    }

    public Section section() {
        return section;
    }

    public String id() {
        return section.id();
    }

    public String title() {
        return title;
    }

    public Optional<String> note() {
        return section.noteText().map(t -> t.in(messages.language()));
    }

    public boolean isNew() {
        return section.isNew();
    }

    public List<ItemViewModel> items() {
        return items;
    }

    void update(SectionProgress sectionProgress) {
        progress.set(sectionProgress.fraction());
        progressText.set(messages.get("ui.form.sectionProgress", sectionProgress.answeredRequired(), sectionProgress.required()));
        complete.set(sectionProgress.complete());
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete;
    }

    @Override
    public String toString() {
        return title;
    }
}
