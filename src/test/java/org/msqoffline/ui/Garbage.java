package org.msqoffline.ui;

import java.lang.ref.WeakReference;
import org.testfx.util.WaitForAsyncUtils;

/** Whether the desktop lets go of what it no longer shows. */
final class Garbage {
    private Garbage() {
    }

    /**
     * Collects garbage, letting the FX thread run between attempts (JavaFX drops some references at its next pulse),
     * until the referent is gone or ten attempts were made; returns whether it is gone.
     */
    static boolean collected(WeakReference<?> reference) {
        for (int attempt = 0; attempt < 10 && reference.get() != null; attempt++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        return reference.get() == null;
    }
}
