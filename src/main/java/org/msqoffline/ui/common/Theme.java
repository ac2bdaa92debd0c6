package org.msqoffline.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Font;
import org.msqoffline.exchange.BundledFonts;
import org.msqoffline.i18n.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the desktop app looks: the stylesheets of the chosen theme (default or high contrast), the text size,
 * the fonts of the language and its direction. Every scene and dialog is dressed here, so that a theme,
 * a size or right-to-left applies to all of them alike.
 */
public final class Theme {
    /** The two themes; the default meets WCAG 2.1 AA contrast, the high-contrast one AAA. */
    public enum Name {
        DEFAULT("default"), HIGH_CONTRAST("high-contrast");

        private final String code;

        Name(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Name of(String code) {
            for (Name name : values()) {
                if (name.code.equals(code)) {
                    return name;
                }
            }
            return DEFAULT;
        }
    }

    /** On the class path; JavaFX resolves a stylesheet without a scheme there. */
    public static final String STYLESHEET = "org/msqoffline/ui/msq.css";
    public static final String HIGH_CONTRAST_STYLESHEET = "org/msqoffline/ui/msq-high-contrast.css";
    /** Text size in tenths of the system's: 10 is the system size; Ctrl+Plus and Ctrl+Minus step by one. */
    public static final int DEFAULT_SIZE = 10;
    public static final int MIN_SIZE = 8;
    public static final int MAX_SIZE = 24;
    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);
    private static boolean fontsLoaded;

    private final Locale locale;
    private final ObjectProperty<Name> name = new SimpleObjectProperty<>(Name.DEFAULT);
    private final IntegerProperty size = new SimpleIntegerProperty(DEFAULT_SIZE);

    public Theme(Locale locale) {
        this.locale = locale;
    }

    /**
     * Registers the bundled fonts with JavaFX; call once before the first scene. A font that cannot be read is
     * logged and skipped: the system's fonts then stand in.
     */
    public static synchronized void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        fontsLoaded = true;
        for (String file : BundledFonts.ALL) {
            if (!loadFont(file)) {
                LOG.warn("The bundled font {} could not be loaded", file);
            }
        }
    }

    /** A font given as a file is read in place; as a stream, JavaFX would first copy it to a temporary file. */
    private static boolean loadFont(String file) {
        double size = Font.getDefault().getSize();
        Optional<Path> path = BundledFonts.file(file);
        if (path.isPresent()) {
            return Files.isRegularFile(path.get()) && Font.loadFont(path.get().toUri().toString(), size) != null;
        }
        try (InputStream in = BundledFonts.resource(file)) {
            return in != null && Font.loadFont(in, size) != null;
        } catch (IOException e) {
            return false;
        }
    }

    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return Languages.isRightToLeft(locale);
    }

    public ObjectProperty<Name> nameProperty() {
        return name;
    }

    /** The text size in tenths of the system's, kept between {@link #MIN_SIZE} and {@link #MAX_SIZE}. */
    public IntegerProperty sizeProperty() {
        return size;
    }

    public void setSize(int tenths) {
        size.set(Math.max(MIN_SIZE, Math.min(MAX_SIZE, tenths)));
    }

    /** One step larger (+1), smaller (-1), or back to the system size (0). */
    public void step(int direction) {
        setSize(direction == 0 ? DEFAULT_SIZE : size.get() + direction);
    }

    /** The style class naming the language, which picks its fonts in the stylesheet ("lang-zh"). */
    public static String languageClass(String language) {
        return "lang-" + language;
    }

    /** The scene's root follows the theme, the text size, the language's fonts and direction from now on. */
    public void dress(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
        name.addListener((obs, old, now) -> scene.getStylesheets().setAll(stylesheets()));
        dressRoot(scene.getRoot());
        scene.rootProperty().addListener((obs, old, root) -> dressRoot(root));
    }

    private void dressRoot(Parent root) {
        root.getStyleClass().add(languageClass(locale.getLanguage()));
        root.setNodeOrientation(rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        root.setStyle(sizeStyle());
        size.addListener((obs, old, now) -> root.setStyle(sizeStyle()));
    }

    private List<String> stylesheets() {
        return name.get() == Name.HIGH_CONTRAST ? List.of(STYLESHEET, HIGH_CONTRAST_STYLESHEET) : List.of(STYLESHEET);
    }

    private String sizeStyle() {
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Font.getDefault().getSize() * size.get() / 10.0);
    }

    /** A dialog shown before any window (the first-run language choice) still follows the theme. */
    public void dress(DialogPane pane) {
        pane.getStylesheets().setAll(stylesheets());
        pane.getStyleClass().add(languageClass(locale.getLanguage()));
        pane.setStyle(sizeStyle());
        pane.setNodeOrientation(rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    }

    /** A dialog looks like the window it belongs to: same stylesheets, text size, fonts and direction. */
    public static void dress(DialogPane pane, Scene owner) {
        if (owner == null) {
            return;
        }
        pane.getStylesheets().setAll(owner.getStylesheets());
        Parent root = owner.getRoot();
        root.getStyleClass().stream().filter(c -> c.startsWith("lang-")).forEach(pane.getStyleClass()::add);
        pane.setStyle(root.getStyle());
        pane.setNodeOrientation(root.getEffectiveNodeOrientation());
    }
}
