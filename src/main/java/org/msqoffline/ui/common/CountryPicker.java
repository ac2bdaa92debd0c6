package org.msqoffline.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.Country;
import org.msqoffline.response.UnMemberStates;

/**
 * The 193 UN Member States with their ISO3 codes; typing filters by name or code. Down moves into the list; Enter (in
 * the filter or the list) or a double click chooses the country selected.
 */
public final class CountryPicker extends VBox {
    private final TextField filter = new TextField();
    private final ListView<Country> list;
    private final Locale locale;
    private Runnable onChosen = () -> { };

    public CountryPicker(Messages messages) {
        this.locale = messages.locale();
        FilteredList<Country> countries = new FilteredList<>(FXCollections.observableArrayList(UnMemberStates.all()));
        list = new ListView<>(countries);
        getStyleClass().add("country-picker");
        filter.setPromptText(messages.get("ui.countries.filter"));
        filter.setAccessibleText(messages.get("ui.countries.filter"));
        filter.setId("country-filter");
        list.setId("country-list");
        list.setAccessibleText(messages.get("ui.countries.list"));
        list.setPrefHeight(220);
        list.setPlaceholder(new Label(messages.get("ui.countries.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Country country, boolean empty) {
                super.updateItem(country, empty);
                setText(empty || country == null ? null : label(country));
            }
        });
        filter.textProperty().addListener((obs, old, text) -> {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            countries.setPredicate(c -> needle.isEmpty() || c.iso3().toLowerCase(Locale.ROOT).startsWith(needle)
                    || c.displayName(locale).toLowerCase(Locale.ROOT).contains(needle));
            if (!countries.isEmpty()) {
                list.getSelectionModel().select(0);
                list.scrollTo(0);
            }
        });
        filter.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                e.consume();
            }
        });
        for (Node chooser : List.of(filter, list)) {
            chooser.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                    e.consume();
                    // After this key: what it starts may close the window handling it (see SearchView).
                    Platform.runLater(onChosen);
                }
            });
        }
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onChosen.run();
            }
        });
        getChildren().addAll(filter, list);
    }

    /** A response's country in the language of the interface ("Kenya", "Kenia", "肯尼亚"...). */
    public static String nameOf(String iso3, String englishName, Locale locale) {
        return UnMemberStates.byIso3(iso3).map(c -> c.displayName(locale)).orElse(englishName);
    }

    /** "Kenya (KEN)" in the language of the interface, readable in a right-to-left list too. */
    public static String labelOf(String iso3, String englishName, Locale locale) {
        return nameOf(iso3, englishName, locale) + " \u200E(" + iso3 + ")\u200E";
    }

    /** "Kenya (KEN)"; the marks keep "(KEN)" whole and after the name in a right-to-left (Arabic) list too. */
    private String label(Country country) {
        return labelOf(country.iso3(), country.name(), locale);
    }

    /** What choosing a country with Enter or a double click does (start the questionnaire). */
    public void setOnChosen(Runnable chosen) {
        this.onChosen = chosen;
    }

    public ReadOnlyObjectProperty<Country> selectedProperty() {
        return list.getSelectionModel().selectedItemProperty();
    }

    public TextField filterField() {
        return filter;
    }

    public ListView<Country> list() {
        return list;
    }
}
