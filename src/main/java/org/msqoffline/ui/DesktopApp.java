package org.msqoffline.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application (placeholder until the desktop issue lands). */
public final class DesktopApp extends Application {
    private static Path dataFolder;

    public static void start(Path folder) {
        dataFolder = folder;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("MSQ Offline");
        stage.setScene(new Scene(new Label("MSQ Offline — " + dataFolder), 800, 600));
        stage.show();
    }
}
