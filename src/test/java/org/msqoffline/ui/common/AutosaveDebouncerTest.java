package org.msqoffline.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutosaveDebouncerTest {

    @Test
    void savesEachKeyOnceAfterItsLastChange() {
        SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
        List<String> saved = new ArrayList<>();
        AutosaveDebouncer debouncer = new AutosaveDebouncer(tasks, saved::add);
        debouncer.changed("a");
        debouncer.changed("a");
        debouncer.changed("b");
        assertThat(tasks.scheduledCount()).isEqualTo(2);
        tasks.runScheduled();
        assertThat(saved).containsExactly("a", "b");
    }

    @Test
    void flushSavesAtOnceAndOnlyWhatIsPending() {
        SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
        List<String> saved = new ArrayList<>();
        AutosaveDebouncer debouncer = new AutosaveDebouncer(tasks, saved::add);
        debouncer.flush("a");
        assertThat(saved).isEmpty();
        debouncer.changed("a");
        debouncer.changed("b");
        debouncer.flushAll();
        assertThat(saved).containsExactly("a", "b");
        assertThat(debouncer.hasPending()).isFalse();
        tasks.runScheduled();
        assertThat(saved).hasSize(2);
    }

    @Test
    void continuousTypingKeepsTheFirstDeadlineSoNothingWaitsLongerThanTheDelay() {
        SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
        List<String> saved = new ArrayList<>();
        AutosaveDebouncer debouncer = new AutosaveDebouncer(tasks, saved::add);
        debouncer.changed("a");
        for (int i = 0; i < 10; i++) {
            debouncer.changed("a");
        }
        assertThat(tasks.scheduledCount()).as("one deadline, not pushed back by each keystroke").isEqualTo(1);
        tasks.runScheduled();
        assertThat(saved).containsExactly("a");
        debouncer.changed("a");
        assertThat(tasks.scheduledCount()).as("the next change starts a new deadline").isEqualTo(1);
    }
}
