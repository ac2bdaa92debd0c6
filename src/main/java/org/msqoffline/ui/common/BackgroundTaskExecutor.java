package org.msqoffline.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's executor: one writer thread, a small reader pool and a timer, all named daemon threads. */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskExecutor.class);

    private final ExecutorService writer = Executors.newSingleThreadExecutor(named("msq-writer"));
    private final ExecutorService readers = Executors.newFixedThreadPool(2, named("msq-reader"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(named("msq-autosave-timer"));

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <T> void read(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(readers, work, onSuccess, onFailure);
    }

    @Override
    public <T> void write(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(writer, work, onSuccess, onFailure);
    }

    private static <T> void submit(ExecutorService executor, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            executor.execute(() -> run(work, onSuccess, onFailure));
        } catch (RejectedExecutionException e) {
            // Only after shutdown, when the last writes were already waited for: nothing is left to do it.
            LOG.warn("Work submitted after shutdown was dropped");
        }
    }

    private static <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            T result = work.call();
            Platform.runLater(() -> onSuccess.accept(result));
        } catch (Exception | Error e) {
            LOG.error("Background work failed: {}", e.getMessage(), e);
            Platform.runLater(() -> onFailure.accept(e));
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable onUiThread) {
        try {
            ScheduledFuture<?> future = timer.schedule(() -> Platform.runLater(onUiThread), delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException e) {
            LOG.warn("Autosave scheduled after shutdown was dropped");
            return () -> { };
        }
    }

    @Override
    public CompletableFuture<Void> writesDone() {
        try {
            return CompletableFuture.runAsync(() -> { }, writer);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null);
        }
    }

    @Override
    public void shutdown() {
        timer.shutdownNow();
        readers.shutdownNow();
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.error("Writes still pending after 10 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
