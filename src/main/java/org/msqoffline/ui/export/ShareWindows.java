package org.msqoffline.ui.export;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.msqoffline.i18n.Messages;

/**
 * The sign, verify and collaborate windows look like the main window they belong to: same stylesheets
 * (theme), text size, language fonts and direction (right to left for Arabic), plus their own stylesheet.
 */
public final class ShareWindows {
    /** The stylesheet of these windows. */
    public static final String STYLESHEET = "org/msqoffline/ui/export/share.css";

    private ShareWindows() {
    }

    /** The Close button of such a window; Escape presses it too. */
    public static Button closeButton(Messages messages) {
        Button close = new Button(messages.get("ui.common.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> ((Stage) close.getScene().getWindow()).close());
        return close;
    }

    /** A window over {@code owner} showing {@code content}, dressed like the owner, shown. */
    public static Stage open(Window owner, Parent content, String title, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        Scene scene = new Scene(content, width, height);
        if (owner != null && owner.getScene() != null) {
            Scene main = owner.getScene();
            scene.getStylesheets().addAll(main.getStylesheets());
            Parent root = main.getRoot();
            content.getStyleClass().addAll(root.getStyleClass().stream().filter(c -> c.startsWith("lang-")).toList());
            content.setNodeOrientation(root.getEffectiveNodeOrientation());
            content.setStyle(root.getStyle());
        }
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(title);
        stage.show();
        return stage;
    }
}
