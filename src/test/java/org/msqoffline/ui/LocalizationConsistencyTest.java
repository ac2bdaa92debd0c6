package org.msqoffline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the code uses is in the bundle, and every key of the families looked up by literal key
 * ({@code ui.*} for the desktop app, {@code completeness.*} for the completeness check) is used somewhere.
 * Keys are found as string literals ("ui.form.new") and as {@code %ui.form.new} in FXML.
 */
class LocalizationConsistencyTest {
    private static final Path SOURCES = Path.of("src/main/java/org/msqoffline");
    /** The store keeps settings under names such as "ui.lastPlace", which are not messages. */
    private static final Path SETTINGS_NAMES = SOURCES.resolve("store");
    private static final List<String> FAMILIES = List.of("ui.", "completeness.");
    private static final Pattern USED = Pattern.compile("(?:\"|%)((?:ui|completeness)\\.[A-Za-z0-9.]+)\"?");

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> !f.startsWith(SETTINGS_NAMES))
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml")).toList()) {
                Matcher matcher = USED.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/org/msqoffline/i18n/messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyUsedInTheCodeIsInTheBundle() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).anyMatch(key -> key.startsWith("ui.")).anyMatch(key -> key.startsWith("completeness."));
        Properties bundle = bundle();
        assertThat(used).allSatisfy(key -> assertThat(bundle).as("messages.properties has " + key).containsKey(key));
    }

    @Test
    void everyKeyOfTheLiteralFamiliesIsUsed() throws IOException {
        Set<String> used = usedKeys();
        Set<String> unused = new TreeSet<>();
        for (String key : bundle().stringPropertyNames()) {
            if (FAMILIES.stream().anyMatch(key::startsWith) && !used.contains(key)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("ui.* and completeness.* keys no code uses").isEmpty();
    }
}
