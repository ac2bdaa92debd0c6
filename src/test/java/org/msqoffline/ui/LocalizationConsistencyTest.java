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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the code uses is in the bundle, and every key of the bundle is used somewhere. Keys are found
 * as string literals ("ui.form.new", "store.diskFull") and as {@code %ui.form.new} in FXML; a literal
 * counts as a key when it starts with a family the bundle has (the part before the first dot), so a
 * misspelt key is caught while file names such as "submission.json" are not mistaken for keys.
 */
class LocalizationConsistencyTest {
    private static final Path SOURCES = Path.of("src/main/java/org/msqoffline");
    /** The names of stored settings ("ui.lastPlace", "contributor.name") look like keys but are not messages. */
    private static final Path SETTINGS_NAMES = SOURCES.resolve("store/Settings.java");
    private static final Pattern LITERAL = Pattern.compile("(?:\"|%)([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"?");

    private static Set<String> usedKeys(Set<String> families) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> !f.equals(SETTINGS_NAMES))
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml")).toList()) {
                Matcher matcher = LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    if (families.contains(family(literal))) {
                        keys.add(literal);
                    }
                }
            }
        }
        return keys;
    }

    private static String family(String key) {
        return key.substring(0, key.indexOf('.'));
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/org/msqoffline/i18n/messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> families(Properties bundle) {
        return bundle.stringPropertyNames().stream().map(LocalizationConsistencyTest::family).collect(Collectors.toSet());
    }

    @Test
    void everyKeyUsedInTheCodeIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        Set<String> used = usedKeys(families(bundle));
        assertThat(used).anyMatch(key -> key.startsWith("ui.")).anyMatch(key -> key.startsWith("cli."))
                .anyMatch(key -> key.startsWith("store."));
        assertThat(used).allSatisfy(key -> assertThat(bundle).as("messages.properties has " + key).containsKey(key));
    }

    @Test
    void everyKeyOfTheBundleIsUsed() throws IOException {
        Properties bundle = bundle();
        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(usedKeys(families(bundle)));
        assertThat(unused).as("keys no code uses").isEmpty();
    }
}
