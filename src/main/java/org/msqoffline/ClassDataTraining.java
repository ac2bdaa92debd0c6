package org.msqoffline;

import org.msqoffline.cli.DesktopLaunch;
import org.msqoffline.cli.TrainingData;

/**
 * Not for users: the main class of the desktop launcher's class-data sharing training run
 * (installer/linux/make-appcds.sh). It plays an official's ordinary start, the response worked on last reopened in
 * the form: the training's data folder holds a response (imported beforehand by another process, so that the import's
 * classes stay out), remembered here as the last one opened; then the desktop starts exactly as {@link Main} starts
 * it. The archive written at exit holds the classes of such a start and few others: every archived class is resident
 * in every start, used or not.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        DesktopLaunch launch = DesktopLaunch.parse(args)
                .orElseThrow(() -> new IllegalArgumentException("the training run takes the desktop's arguments only"));
        TrainingData.reopenLatestResponse(launch.dataFolder());
        Main.main(args);
    }
}
