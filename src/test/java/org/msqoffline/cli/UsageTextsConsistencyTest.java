package org.msqoffline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msqoffline.i18n.BundleFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The {@code --help} texts ({@code cli/usage*.properties}): every language has exactly the English keys and
 * the same line breaks, every key names a command, option or heading that exists, every command is
 * described, and no description is left in the annotations.
 */
class UsageTextsConsistencyTest {
    private static final Path COMMANDS = Path.of("src/main/java/org/msqoffline/cli");
    /** The headings of picocli's that the bundle sets. */
    private static final Set<String> HEADINGS = Set.of("usage.synopsisHeading", "usage.commandListHeading");

    static Properties load(String language) throws IOException {
        return BundleFiles.load("/org/msqoffline/cli/usage", language);
    }

    private static List<CommandSpec> commands() {
        List<CommandSpec> all = new ArrayList<>();
        collect(RootCommand.commandLine(new RootCommand(root -> {
        }), new String[0]).getCommandSpec(), all);
        return all;
    }

    private static void collect(CommandSpec spec, List<CommandSpec> all) {
        all.add(spec);
        spec.subcommands().values().stream().map(CommandLine::getCommandSpec).distinct().forEach(sub -> collect(sub, all));
    }

    /** The keys picocli looks up: for each command, its description and its options and parameters, with and without its path. */
    private static Set<String> keysPicocliReads() {
        Set<String> keys = new TreeSet<>(HEADINGS);
        for (CommandSpec spec : commands()) {
            String path = spec.qualifiedName(".");
            keys.add(path + ".usage.description");
            for (OptionSpec option : spec.options()) {
                String key = option.longestName().replaceFirst("^-+", "");
                keys.add(key);
                keys.add(path + "." + key);
            }
            for (PositionalParamSpec parameter : spec.positionalParameters()) {
                keys.add(path + "." + parameter.paramLabel() + "[" + parameter.index() + "]");
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void hasExactlyTheEnglishKeysAndLineBreaks(String language) throws IOException {
        Properties english = load("en");
        Properties translated = load(language);
        assertThat(translated.stringPropertyNames()).as("keys of usage_" + language).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as(language + " " + key).isNotBlank();
            assertThat(translated.getProperty(key).split("%n", -1)).as(language + " " + key + ": lines")
                    .hasSameSizeAs(english.getProperty(key).split("%n", -1));
        }
    }

    @Test
    void everyKeyIsReadByPicocli() throws IOException {
        Set<String> read = keysPicocliReads();
        Set<String> unused = new TreeSet<>();
        for (String key : load("en").stringPropertyNames()) {
            // description.0, description.1: the lines of one description
            if (!read.contains(key.replaceFirst("\\.usage\\.description\\.\\d+$", ".usage.description"))) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys that name no command, option or heading").isEmpty();
    }

    @Test
    void everyCommandIsDescribed() {
        assertThat(commands()).hasSizeGreaterThan(25)
                .allSatisfy(spec -> assertThat(String.join("", spec.usageMessage().description())).as(spec.qualifiedName()).isNotBlank());
    }

    @Test
    void noDescriptionIsLeftInTheAnnotations() throws IOException {
        try (Stream<Path> files = Files.list(COMMANDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file)).as(file + ": descriptions belong in cli/usage.properties").doesNotContain("description =");
            }
        }
    }
}
