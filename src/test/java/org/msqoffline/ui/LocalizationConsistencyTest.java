package org.msqoffline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the desktop app uses is in the bundle, and every ui.* key of the bundle is used. */
class LocalizationConsistencyTest {
    private static final Path UI_SOURCES = Path.of("src/main/java/org/msqoffline/ui");
    private static final Pattern USED = Pattern.compile("(?:get\\(\\s*|%)\"?(ui\\.[A-Za-z0-9.]+)\"?");

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml")).toList()) {
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
    void everyKeyUsedInTheDesktopAppIsInTheBundle() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).isNotEmpty();
        Properties bundle = bundle();
        assertThat(used).allSatisfy(key -> assertThat(bundle).as("messages.properties has " + key).containsKey(key));
    }

    @Test
    void everyUiKeyInTheBundleIsUsed() throws IOException {
        Set<String> used = usedKeys();
        Set<String> unused = new TreeSet<>();
        for (String key : bundle().stringPropertyNames()) {
            if (key.startsWith("ui.") && !used.contains(key)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("ui.* keys no code uses").isEmpty();
    }
}
