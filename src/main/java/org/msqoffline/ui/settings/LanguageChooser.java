package org.msqoffline.ui.settings;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.msqoffline.i18n.Languages;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.common.Theme;

/**
 * The first-run question: in which of the six languages MSQ Offline speaks. Each language is written in
 * itself, so that an official finds theirs whatever language the question is asked in.
 */
public final class LanguageChooser extends Dialog<String> {
    private final ToggleGroup group = new ToggleGroup();

    public LanguageChooser(Messages messages, Theme theme, String proposed) {
        setTitle(messages.get("ui.app.titleWith", messages.get("ui.language.title")));
        setHeaderText(messages.get("ui.language.header"));
        VBox choices = new VBox();
        choices.getStyleClass().add("dialog-content");
        Label label = new Label(messages.get("ui.language.label"));
        choices.getChildren().add(label);
        for (String code : Languages.CODES) {
            RadioButton choice = new RadioButton(nativeName(code));
            choice.setId("language-" + code);
            choice.setUserData(code);
            choice.setToggleGroup(group);
            // Each name in the fonts of its own script, whatever the language of the dialog.
            choice.getStyleClass().add(Theme.languageClass(code));
            choice.setSelected(code.equals(proposed));
            choices.getChildren().add(choice);
        }
        getDialogPane().setContent(choices);
        ButtonType ok = new ButtonType(messages.get("ui.common.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok);
        theme.dress(getDialogPane());
        setResultConverter(button -> button == ok && group.getSelectedToggle() != null
                ? (String) group.getSelectedToggle().getUserData() : null);
        setOnShown(e -> Optional.ofNullable((RadioButton) group.getSelectedToggle()).ifPresent(RadioButton::requestFocus));
    }

    /** "العربية", "中文", "English", "Français", "Русский", "Español": the language's name in itself. */
    public static String nativeName(String code) {
        Locale locale = Languages.locale(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
