package org.msqoffline.ui.settings;

import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.msqoffline.i18n.Languages;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.common.ArabicWrap;
import org.msqoffline.ui.common.Theme;
import org.msqoffline.ui.common.FieldLabel;

/**
 * The settings: the language (used from the next start), the theme and the text size (at once). The dialog's
 * result is whether the user confirmed; the choices are then read from {@link #language()}, {@link #theme()}
 * and {@link #size()}.
 */
public final class SettingsView extends Dialog<Boolean> {
    private final ComboBox<String> language = new ComboBox<>();
    private final ComboBox<Theme.Name> themeName = new ComboBox<>();
    private final ComboBox<Integer> size = new ComboBox<>();
    private final TextField name = new TextField();

    public SettingsView(Messages messages, Theme theme, String currentLanguage, String currentName, Scene owner) {
        setTitle(messages.get("ui.settings.title"));
        setHeaderText(messages.get("ui.settings.header"));

        language.getItems().setAll(Languages.CODES);
        language.setValue(currentLanguage);
        language.setId("settings-language");
        language.setCellFactory(cells(LanguageChooser::nativeName, true));
        language.setButtonCell(cells(LanguageChooser::nativeName, true).call(null));
        Label languageLabel = label(messages.get("ui.settings.language"), language);
        Label restart = new Label(messages.get("ui.settings.languageRestart"));
        restart.getStyleClass().add("hint");
        restart.setWrapText(true);
        ArabicWrap.apply(restart);
        language.setAccessibleHelp(restart.getText());

        themeName.getItems().setAll(Theme.Name.values());
        themeName.setValue(theme.nameProperty().get());
        themeName.setId("settings-theme");
        Function<Theme.Name, String> themeLabel = name -> messages.get(name == Theme.Name.HIGH_CONTRAST
                ? "ui.settings.themeHighContrast" : "ui.settings.themeDefault");
        themeName.setCellFactory(cells(themeLabel, false));
        themeName.setButtonCell(cells(themeLabel, false).call(null));
        Label themeLabelNode = label(messages.get("ui.settings.theme"), themeName);

        for (int tenths = Theme.MIN_SIZE; tenths <= Theme.MAX_SIZE; tenths++) {
            size.getItems().add(tenths);
        }
        size.setValue(theme.sizeProperty().get());
        size.setId("settings-size");
        Function<Integer, String> sizeLabel = tenths -> messages.get("ui.settings.sizeValue", tenths * 10);
        size.setCellFactory(cells(sizeLabel, false));
        size.setButtonCell(cells(sizeLabel, false).call(null));
        Label sizeLabelNode = label(messages.get("ui.settings.size"), size);
        Label sizeHint = new Label(messages.get("ui.settings.sizeHint"));
        sizeHint.getStyleClass().add("hint");
        sizeHint.setWrapText(true);
        ArabicWrap.apply(sizeHint);

        // The name is asked once, at the first start: here it can be corrected.
        name.setText(currentName);
        name.setId("settings-name");
        name.setPrefColumnCount(24);
        Label nameLabel = label(messages.get("ui.settings.name"), name);
        Label nameHint = new Label(messages.get("ui.settings.nameHint"));
        nameHint.getStyleClass().add("hint");
        nameHint.setWrapText(true);
        ArabicWrap.apply(nameHint);

        themeName.setVisibleRowCount(Theme.Name.values().length);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        grid.addRow(0, nameLabel, name);
        grid.add(nameHint, 1, 1);
        grid.addRow(2, languageLabel, language);
        grid.add(restart, 1, 3);
        grid.addRow(4, themeLabelNode, themeName);
        grid.addRow(5, sizeLabelNode, size);
        grid.add(sizeHint, 1, 6);
        VBox content = new VBox(grid);
        content.getStyleClass().add("dialog-content");
        getDialogPane().setContent(content);
        ButtonType save = new ButtonType(messages.get("ui.settings.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, new ButtonType(messages.get("ui.common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Theme.dress(getDialogPane(), owner);
        setResultConverter(button -> button == save);
        setOnShown(e -> language.requestFocus());
    }

    /** The contributor's name as typed, without surrounding spaces (blank: leave the name as it was). */
    public String name() {
        return name.getText().strip();
    }

    private static Label label(String text, Control control) {
        return FieldLabel.of(text, control);
    }

    private static <T> Callback<ListView<T>, ListCell<T>> cells(Function<T, String> text, boolean languageFonts) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeIf(c -> c.startsWith("lang-"));
                if (empty || value == null) {
                    setText(null);
                    return;
                }
                setText(text.apply(value));
                if (languageFonts) {
                    getStyleClass().add(Theme.languageClass(value.toString()));
                }
            }
        };
    }

    public String language() {
        return language.getValue();
    }

    public Theme.Name theme() {
        return themeName.getValue();
    }

    public int size() {
        return size.getValue();
    }
}
