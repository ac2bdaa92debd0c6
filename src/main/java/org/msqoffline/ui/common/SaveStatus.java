package org.msqoffline.ui.common;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.msqoffline.i18n.Messages;

/** The saved state shown in the status bar: saving, all saved at a time, or why the last save failed. */
public final class SaveStatus {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Messages messages;
    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private int running;
    private String lastError;

    public SaveStatus(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        text.set(messages.get("ui.status.ready"));
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    public void started() {
        running++;
        text.set(messages.get("ui.status.saving"));
    }

    public void succeeded() {
        running = Math.max(0, running - 1);
        if (running == 0) {
            lastError = null;
            failed.set(false);
            text.set(messages.get("ui.status.saved", LocalTime.now(clock.withZone(ZoneId.systemDefault())).format(TIME)));
        }
    }

    public void failed(Throwable error) {
        running = Math.max(0, running - 1);
        lastError = messages.explain(error);
        failed.set(true);
        text.set(messages.get("ui.status.failed", lastError));
    }

    /** Shows a problem that is not about saving (a response that would not open, say). */
    public void problem(String sentence) {
        failed.set(true);
        text.set(sentence);
    }

    /**
     * Another response opens (or none): "All changes saved at 23:22" spoke of the one left, so the line goes back to
     * its opening words. A failure stays until a save succeeds: it must not be lost from sight.
     */
    public void responseChanged() {
        if (running == 0 && !failed.get()) {
            text.set(messages.get("ui.status.ready"));
        }
    }

    public boolean saving() {
        return running > 0;
    }
}
