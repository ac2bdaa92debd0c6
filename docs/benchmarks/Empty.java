import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The empty JavaFX window the benchmarks compare MSQ Offline with (startup.sh, memory.sh): one Label, in a window
 * as large as the app's first window (on a laptop screen, up to 1440 x 900, the app takes the whole screen; else
 * 1280 x 900). A window's pixels cost memory and drawing time in proportion to its size, in any program; compared at
 * the same size, the difference is what the app itself adds.
 */
public class Empty extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        boolean laptop = screen.getWidth() <= 1440 || screen.getHeight() <= 900;
        stage.setTitle("Empty JavaFX window");
        stage.setScene(new Scene(new StackPane(new Label("Hello")),
                laptop ? screen.getWidth() : 1280, laptop ? screen.getHeight() : 900));
        if (laptop) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
        }
        stage.show();
    }
}
