import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The empty JavaFX window the benchmarks compare MSQ Offline with (startup.sh, memory.sh). */
public class Empty extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Empty JavaFX window");
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 800, 600));
        stage.show();
    }
}
