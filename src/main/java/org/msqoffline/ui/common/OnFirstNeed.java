package org.msqoffline.ui.common;

import java.util.function.BooleanSupplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

/**
 * Builds a part of the screen the first time it is needed, not before: the form's pages enter and leave the window
 * in a time that grows with their nodes, and most questions never show a problem or a sharing note.
 */
public final class OnFirstNeed {
    private OnFirstNeed() {
    }

    /** Runs {@code build} once: now if {@code needed} holds, else when it first does after a change of {@code watched}. */
    public static void build(BooleanSupplier needed, Runnable build, Observable... watched) {
        InvalidationListener check = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (needed.getAsBoolean()) {
                    for (Observable each : watched) {
                        each.removeListener(this);
                    }
                    build.run();
                }
            }
        };
        for (Observable each : watched) {
            each.addListener(check);
        }
        check.invalidated(null);
    }
}
