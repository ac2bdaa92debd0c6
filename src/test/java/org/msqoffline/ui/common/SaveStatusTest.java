package org.msqoffline.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.store.StoreException;

class SaveStatusTest {

    @Test
    void saysSavingThenSavedThenWhyASaveFailed() {
        SaveStatus status = new SaveStatus(Messages.english(), Clock.fixed(Instant.parse("2026-03-01T09:15:30Z"), ZoneOffset.UTC));
        assertThat(status.textProperty().get()).isEqualTo("Every change is saved as you type.");

        status.started();
        assertThat(status.textProperty().get()).isEqualTo("Saving…");
        status.succeeded();
        assertThat(status.textProperty().get()).startsWith("All changes saved at ");

        status.started();
        status.failed(new StoreException(UserMessage.of("store.diskFull")));
        assertThat(status.failedProperty().get()).isTrue();
        assertThat(status.textProperty().get()).isEqualTo("Not saved: the disk is full: nothing was saved; free some space and try again");

        status.started();
        status.succeeded();
        assertThat(status.failedProperty().get()).isFalse();
    }

    @Test
    void anotherResponseStartsFromTheOpeningWordsButAFailureStaysInSight() {
        SaveStatus status = new SaveStatus(Messages.english(), Clock.fixed(Instant.parse("2026-03-01T09:15:30Z"), ZoneOffset.UTC));
        status.started();
        status.succeeded();
        status.responseChanged();
        assertThat(status.textProperty().get()).isEqualTo("Every change is saved as you type.");

        status.started();
        status.failed(new StoreException(UserMessage.of("store.diskFull")));
        status.responseChanged();
        assertThat(status.textProperty().get()).startsWith("Not saved: ");
    }
}
