package org.msqoffline.ui.verify;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.msqoffline.app.Exports;
import org.msqoffline.exchange.VerificationReport;
import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.ui.common.TaskExecutor;

/** Checks a signed package or PDF copy in the background and lays out the report: the verdict, who, when, what, and every reason. */
public final class VerifyViewModel {
    private final Exports exports;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final DateTimeFormatter format;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<VerificationReport> report = new SimpleObjectProperty<>();
    private final BooleanProperty valid = new SimpleBooleanProperty(false);
    private final StringProperty verdict = new SimpleStringProperty("");
    private final StringProperty signer = new SimpleStringProperty("");
    private final StringProperty fingerprint = new SimpleStringProperty("");
    private final StringProperty signingTime = new SimpleStringProperty("");
    private final StringProperty questionnaire = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty completeness = new SimpleStringProperty("");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();

    public VerifyViewModel(Exports exports, TaskExecutor tasks, Messages messages) {
        this.exports = exports;
        this.tasks = tasks;
        this.messages = messages;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG).withLocale(messages.locale()).withZone(ZoneId.systemDefault());
    }

    /** Verifies {@code chosen} off the FX thread. */
    public void verify(Path chosen) {
        file.set(chosen);
        report.set(null);
        busy.set(true);
        verdict.set(messages.get("ui.verify.checking"));
        tasks.read(() -> exports.verify(chosen), this::show, problem -> show(VerificationReport.unreadable(chosen.toString(),
                UserMessage.saying(messages.explain(problem)))));
    }

    private void show(VerificationReport checked) {
        busy.set(false);
        report.set(checked);
        valid.set(checked.valid());
        signer.set(orDash(checked.signer()));
        fingerprint.set(orDash(checked.fingerprint()));
        signingTime.set(checked.signingTime() == null ? "\u2014" : format.format(checked.signingTime()));
        questionnaire.set(orDash(checked.questionnaire()));
        country.set(orDash(checked.country()));
        if (checked.complete() == null) {
            completeness.set("\u2014");
        } else if (checked.complete()) {
            completeness.set(messages.get("ui.verify.complete", checked.answered(), checked.required()));
        } else {
            completeness.set(messages.get("ui.verify.incomplete", checked.answered(), checked.required(), checked.missing()));
        }
        reasons.setAll(checked.problems().stream().map(problem -> problem.in(messages)).toList());
        notes.setAll(checked.notes().stream().map(note -> note.in(messages)).toList());
        // Last: the verdict replacing "Checking…" says the whole report is there (a test waiting on it read an empty fingerprint).
        verdict.set(checked.valid() ? messages.get("ui.verify.valid") : messages.get("ui.verify.invalid"));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "\u2014" : value;
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<VerificationReport> reportProperty() {
        return report;
    }

    public BooleanProperty validProperty() {
        return valid;
    }

    public StringProperty verdictProperty() {
        return verdict;
    }

    public StringProperty signerProperty() {
        return signer;
    }

    public StringProperty fingerprintProperty() {
        return fingerprint;
    }

    public StringProperty signingTimeProperty() {
        return signingTime;
    }

    public StringProperty questionnaireProperty() {
        return questionnaire;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty completenessProperty() {
        return completeness;
    }

    public ObservableList<String> reasons() {
        return reasons;
    }

    public ObservableList<String> notes() {
        return notes;
    }
}
