package org.msqoffline.ui.export;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import org.msqoffline.ui.common.LatinData;

/**
 * A certificate's SHA-256 fingerprint as an official reads it to UN DESA on the telephone: two lines of 16 bytes,
 * so all 32 show in large type however narrow the window; selectable, to copy.
 */
public final class FingerprintArea {
    private FingerprintArea() {
    }

    public static TextArea of(ObservableStringValue fingerprint) {
        TextArea area = LatinData.of(new TextArea());
        area.setEditable(false);
        area.setPrefRowCount(2);
        area.setMinHeight(Region.USE_PREF_SIZE);
        area.getStyleClass().addAll("fingerprint", "selectable");
        area.textProperty().bind(Bindings.createStringBinding(() -> twoLines(fingerprint.get()), fingerprint));
        return area;
    }

    static String twoLines(String fingerprint) {
        int middle = fingerprint.length() / 2;
        return fingerprint.length() > 60 && fingerprint.charAt(middle) == ':'
                ? fingerprint.substring(0, middle + 1) + "\n" + fingerprint.substring(middle + 1) : fingerprint;
    }
}
