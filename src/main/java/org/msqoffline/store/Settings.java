package org.msqoffline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Small named values kept with the data, such as the contributor's name. */
public final class Settings {
    public static final String CONTRIBUTOR = "contributor.name";
    public static final String LAST_RESPONSE = "ui.lastResponse";
    /** The section and item last visited in the desktop app ("sectionId itemId"). */
    public static final String LAST_PLACE = "ui.lastPlace";
    /** The desktop window's bounds ("x y width height maximized"). */
    public static final String WINDOW_BOUNDS = "ui.windowBounds";
    /** The language chosen in the desktop app ("ar", "en", "es", "fr", "ru", "zh"). */
    public static final String LANGUAGE = "ui.language";
    /** The desktop app's colour theme ("default" or "high-contrast"). */
    public static final String THEME = "ui.theme";
    /** The desktop app's text size, in tenths of the system size ("10" is the system size). */
    public static final String TEXT_SIZE = "ui.textSize";

    private final Database database;

    Settings(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                query.setString(1, key);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
