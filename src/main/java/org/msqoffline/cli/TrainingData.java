package org.msqoffline.cli;

import java.nio.file.Path;
import java.util.Comparator;
import org.msqoffline.app.DesktopState;
import org.msqoffline.app.Responses;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;

/** Not for users: the data folder of the desktop's class-data sharing training run ({@code org.msqoffline.ClassDataTraining}). */
public final class TrainingData {
    private TrainingData() {
    }

    /** Remembers the response changed last as the one opened last, so the next desktop start reopens it in the form. */
    public static void reopenLatestResponse(Path dataFolder) {
        try (DataFolder data = DataFolder.open(dataFolder, DataFolder.Access.WRITE)) {
            ResponseInfo latest = new Responses(data).list().stream().max(Comparator.comparing(ResponseInfo::updated))
                    .orElseThrow(() -> new IllegalStateException("the training's data folder holds no response: " + dataFolder));
            new DesktopState(data).rememberPlace(new DesktopState.Place(latest.id(), null, null));
        }
    }
}
