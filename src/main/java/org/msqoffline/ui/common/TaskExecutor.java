package org.msqoffline.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Runs disk work off the FX thread and hands results back to it. Writes run one at a time, in the order
 * they were submitted, so autosaves land in the database in the order they were typed.
 */
public interface TaskExecutor {

    /** Reads (or other work that may run alongside writes); callbacks run on the UI thread. */
    <T> void read(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Writes, in submission order on one thread; callbacks run on the UI thread. */
    <T> void write(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs on the UI thread after {@code delay}, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable onUiThread);

    /** Completes (on a background thread) once every write submitted before the call has finished. */
    CompletableFuture<Void> writesDone();

    /** Stops the threads; pending writes are finished first. */
    void shutdown();

    /** A scheduled action that can be called off. */
    interface Cancellable {
        void cancel();
    }
}
