package org.msqoffline.app;

import java.util.Optional;
import org.msqoffline.store.DataFolder;
import org.msqoffline.store.Settings;

/**
 * Where the desktop app was left and how it was set up: the window's bounds, the last response, section and
 * item, and the chosen language, theme and text size.
 */
public final class DesktopState {
    private final DataFolder data;

    public DesktopState(DataFolder data) {
        this.data = data;
    }

    /** A window position and size; {@code maximized} wins over the rest when true. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        String encode() {
            return x + " " + y + " " + width + " " + height + " " + maximized;
        }

        static Optional<WindowBounds> decode(String text) {
            String[] parts = text.strip().split(" ");
            if (parts.length != 5) {
                return Optional.empty();
            }
            try {
                return Optional.of(new WindowBounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                        Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** The place in a response's form: its section and item (either may be null). */
    public record Place(String responseId, String sectionId, String itemId) {
    }

    public Optional<WindowBounds> windowBounds() {
        return data.settings().get(Settings.WINDOW_BOUNDS).flatMap(WindowBounds::decode);
    }

    public void rememberWindow(WindowBounds bounds) {
        data.settings().put(Settings.WINDOW_BOUNDS, bounds.encode());
    }

    /** The last place, if its response still exists outside the bin. */
    public Optional<Place> lastPlace() {
        Optional<String> responseId = data.settings().get(Settings.LAST_RESPONSE).filter(id -> !id.isBlank());
        if (responseId.isEmpty() || data.responses().get(responseId.get()).filter(r -> !r.deleted()).isEmpty()) {
            return Optional.empty();
        }
        String[] place = data.settings().get(Settings.LAST_PLACE).orElse("").split(" ");
        return Optional.of(new Place(responseId.get(), place.length > 0 && !place[0].isEmpty() ? place[0] : null,
                place.length > 1 ? place[1] : null));
    }

    public void rememberPlace(Place place) {
        data.settings().put(Settings.LAST_RESPONSE, place.responseId() == null ? "" : place.responseId());
        data.settings().put(Settings.LAST_PLACE, (place.sectionId() == null ? "" : place.sectionId())
                + (place.itemId() == null ? "" : " " + place.itemId()));
    }

    /** The language chosen in the app, if one was (a code such as "fr"). */
    public Optional<String> language() {
        return data.settings().get(Settings.LANGUAGE).filter(code -> !code.isBlank());
    }

    public void rememberLanguage(String code) {
        data.settings().put(Settings.LANGUAGE, code);
    }

    /** The theme's name, if one was chosen ("default", "high-contrast"). */
    public Optional<String> theme() {
        return data.settings().get(Settings.THEME).filter(name -> !name.isBlank());
    }

    public void rememberTheme(String name) {
        data.settings().put(Settings.THEME, name);
    }

    /** The text size in tenths of the system size (10 = as the system has it), if it was changed. */
    public Optional<Integer> textSize() {
        try {
            return data.settings().get(Settings.TEXT_SIZE).map(String::strip).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void rememberTextSize(int tenths) {
        data.settings().put(Settings.TEXT_SIZE, Integer.toString(tenths));
    }
}
