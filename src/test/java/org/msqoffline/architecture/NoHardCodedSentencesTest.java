package org.msqoffline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An exception a user may see carries a message key (a UserMessage), never an English sentence built in
 * the code. Only the exceptions that mean a defect (a bug, a broken bundled resource) may be built from a
 * sentence, for the log: they are the allow-list below.
 */
class NoHardCodedSentencesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Set<String> INTERNAL = Set.of("IllegalStateException", "IllegalArgumentException", "UncheckedIOException",
            "UnsupportedOperationException", "AssertionError");
    /** {@code new XxxException(} or {@code XxxException.of(}: where an exception is built. */
    private static final Pattern BUILT = Pattern.compile("(?:new\\s+|\\b)([A-Z]\\w*(?:Exception|Error))(?:\\.of)?\\s*\\(");
    /** A string literal holding two words with a space between: a sentence, not a key or a file name. */
    private static final Pattern SENTENCE = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\\p{L} +\\p{L}(?:[^\"\\\\]|\\\\.)*\"");

    /** The exceptions in {@code source} built from a sentence, as "Type: arguments". */
    static List<String> sentencesIn(String source) {
        List<String> found = new ArrayList<>();
        Matcher built = BUILT.matcher(source);
        while (built.find()) {
            if (INTERNAL.contains(built.group(1))) {
                continue;
            }
            String arguments = arguments(source, built.end());
            if (SENTENCE.matcher(arguments).find()) {
                found.add(built.group(1) + ": " + arguments.strip());
            }
        }
        return found;
    }

    /** The text from {@code start} to the parenthesis that closes the call, string literals skipped whole. */
    private static String arguments(String source, int start) {
        int depth = 1;
        boolean inString = false;
        int at = start;
        for (; at < source.length() && depth > 0; at++) {
            char c = source.charAt(at);
            if (inString) {
                if (c == '\\') {
                    at++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return source.substring(start, Math.max(start, at - 1));
    }

    @Test
    void noUserFacingExceptionInMainCodeIsBuiltFromASentence() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sentencesIn(Files.readString(file)).forEach(found -> offenders.add(SOURCES.relativize(file) + ": " + found));
            }
        }
        assertThat(offenders).as("give these exceptions a message key in i18n/messages*.properties").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "throw new UserInputException(\"there is no response \" + id);",
        "throw new StoreException(\"cannot open \" + file, e);",
        "orElseThrow(() -> new IdentityException(\n        \"wrong passphrase for \" + file));",
        "throw UserInputException.of(\"no such item here\");",
        "throw new InvalidAnswerException(describe(node, \"a list of things\"));"})
    void aSentenceInAUserFacingExceptionIsFound(String code) {
        assertThat(sentencesIn(code)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "throw UserInputException.of(\"response.unknownId\", id);",
        "throw new StoreException(UserMessage.of(\"store.diskFull\"), e);",
        "throw new IllegalStateException(\"the shipped sample does not import: \" + e.getMessage(), e);",
        "throw new UncheckedIOException(\"cannot read the bundled font \" + face, e);",
        "throw new UnreadableInputException(UserMessage.of(\"file.noSuchFile\", file.toString()));"})
    void keysAndInternalDefectsPass(String code) {
        assertThat(sentencesIn(code)).isEmpty();
    }
}
