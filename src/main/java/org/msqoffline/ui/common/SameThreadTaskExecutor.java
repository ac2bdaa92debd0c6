package org.msqoffline.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** For view-model tests: work runs at once on the calling thread; scheduled actions run when the test says so. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final List<Runnable> scheduled = new ArrayList<>();

    @Override
    public <T> void read(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        runNow(work, onSuccess, onFailure);
    }

    @Override
    public <T> void write(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        runNow(work, onSuccess, onFailure);
    }

    private static <T> void runNow(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable onUiThread) {
        scheduled.add(onUiThread);
        return () -> scheduled.remove(onUiThread);
    }

    /** Runs every scheduled action still pending, as if their delay had passed. */
    public void runScheduled() {
        List<Runnable> due = new ArrayList<>(scheduled);
        scheduled.clear();
        due.forEach(Runnable::run);
    }

    public int scheduledCount() {
        return scheduled.size();
    }

    @Override
    public CompletableFuture<Void> writesDone() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void shutdown() {
        scheduled.clear();
    }
}
