package org.msqoffline.ui.common;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Saves a changed item within {@link #DELAY}, or at once when asked to flush (a field left, a section
 * changed, the window closed). The delay runs from the first unsaved change, not the last, so even
 * someone typing without a pause never has more than half a second of text unsaved; the save then
 * writes the latest value. An item whose save failed (a full disk) is saved again with the next save or
 * flush, so that "all changes saved" is never said while one is not. Keys are item ids; used on the UI
 * thread only.
 */
public final class AutosaveDebouncer {
    public static final Duration DELAY = Duration.ofMillis(500);

    private final TaskExecutor tasks;
    private final Consumer<String> save;
    private final Map<String, TaskExecutor.Cancellable> pending = new LinkedHashMap<>();
    private final Set<String> failed = new LinkedHashSet<>();

    public AutosaveDebouncer(TaskExecutor tasks, Consumer<String> save) {
        this.tasks = tasks;
        this.save = save;
    }

    /** Notes a change of {@code key}: its latest value is saved at most {@link #DELAY} from now. */
    public void changed(String key) {
        if (pending.containsKey(key)) {
            return;
        }
        pending.put(key, tasks.schedule(DELAY, () -> {
            if (pending.remove(key) != null) {
                saveAndRetry(key);
            }
        }));
    }

    /** Saves {@code key} now if a change of it is waiting. */
    public void flush(String key) {
        TaskExecutor.Cancellable waiting = pending.remove(key);
        if (waiting != null) {
            waiting.cancel();
            saveAndRetry(key);
        }
    }

    public void flushAll() {
        for (String key : List.copyOf(pending.keySet())) {
            flush(key);
        }
        retryFailed();
    }

    /** The save of {@code key} failed: it is tried again with the next save or flush of anything. */
    public void failed(String key) {
        failed.add(key);
    }

    private void saveAndRetry(String key) {
        failed.remove(key);
        save.accept(key);
        retryFailed();
    }

    private void retryFailed() {
        List<String> again = List.copyOf(failed);
        failed.clear();
        again.forEach(save);
    }

    /** How many keys the data folder refused (a full disk) and are not saved yet. */
    public int refusedCount() {
        return failed.size();
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }
}
