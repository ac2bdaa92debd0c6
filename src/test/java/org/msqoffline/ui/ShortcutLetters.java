package org.msqoffline.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Window;

/** The shortcut letters ("_" in the messages) of the windows open: Alt and a letter marked twice in one window did the first only. */
public final class ShortcutLetters {
    private static final Pattern MARK = Pattern.compile("(?<!_)_(\\p{L}|\\p{N})");

    private ShortcutLetters() {
    }

    /** The texts of one window marked with the same letter, "A / B" per clash, over every window open; on the FX thread. */
    public static List<String> clashes() {
        List<String> clashes = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            Map<Character, Set<String>> byLetter = new TreeMap<>();
            collect(window.getScene().getRoot(), byLetter);
            byLetter.values().stream().filter(texts -> texts.size() > 1).forEach(texts -> clashes.add(String.join(" / ", texts)));
        }
        return clashes;
    }

    private static void collect(Node node, Map<Character, Set<String>> byLetter) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.isMnemonicParsing() && labeled.getText() != null) {
            Matcher mark = MARK.matcher(labeled.getText());
            if (mark.find()) {
                // A set: a menu button's skin shows its text in a label of its own, the same shortcut.
                byLetter.computeIfAbsent(Character.toLowerCase(mark.group(1).charAt(0)), letter -> new TreeSet<>()).add(labeled.getText());
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, byLetter));
        }
    }
}
