package org.msqoffline.ui.common;

import java.nio.file.Path;
import javafx.stage.FileChooser;

/** Save dialogs that open on the file a window proposes. */
public final class SaveDialogs {
    private SaveDialogs() {
    }

    /** The dialog opens in the proposed file's folder (if it exists) with its name filled in, rather than empty. */
    public static FileChooser proposing(FileChooser chooser, Path proposed) {
        if (proposed != null) {
            Path folder = proposed.toAbsolutePath().getParent();
            if (folder != null && folder.toFile().isDirectory()) {
                chooser.setInitialDirectory(folder.toFile());
            }
            if (proposed.getFileName() != null) {
                chooser.setInitialFileName(proposed.getFileName().toString());
            }
        }
        return chooser;
    }
}
