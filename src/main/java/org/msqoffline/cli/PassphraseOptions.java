package org.msqoffline.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.msqoffline.app.UserInputException;
import org.msqoffline.exchange.IdentityException;
import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.UserMessage;
import picocli.CommandLine.Option;

/**
 * Where a passphrase comes from: an environment variable, the first line of a file, or a prompt on the
 * console. The passphrase is lent as a {@code char[]} to one piece of work and zero-filled when it returns or
 * fails; it is never stored or logged.
 */
final class PassphraseOptions {
    @Option(names = "--passphrase-env", paramLabel = "VAR")
    String environmentVariable;

    @Option(names = "--passphrase-file", paramLabel = "FILE")
    Path file;

    /** Work done with a passphrase, which it must not keep. */
    @FunctionalInterface
    interface WithPassphrase<T> {
        T apply(char[] passphrase) throws IdentityException;
    }

    /**
     * Runs {@code work} with the passphrase, then zero-fills it, whatever happened; {@code confirm} asks twice on
     * the console (for a new identity). {@code prompt} is already translated.
     */
    <T> T use(String prompt, boolean confirm, Messages messages, WithPassphrase<T> work) throws IdentityException {
        char[] passphrase = read(prompt, confirm, messages);
        try {
            return work.apply(passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * Like {@link #use}, but {@code work} runs on a thread of its own, beside what the caller does next (a key
     * derivation is a fifth of a second in a fresh process); the passphrase is read, or asked for, here first.
     * The result, or the work's failure, comes from {@link Lent#get()}.
     */
    <T> Lent<T> useBeside(String prompt, Messages messages, WithPassphrase<T> work) {
        char[] passphrase = read(prompt, false, messages);
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                T value;
                try {
                    value = work.apply(passphrase);
                } finally {
                    // Cleared before the caller can hear the outcome.
                    Arrays.fill(passphrase, '\0');
                }
                result.complete(value);
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "msq-passphrase-work");
        thread.setDaemon(true);
        thread.start();
        return new Lent<>(result);
    }

    /** The outcome of work done with a passphrase on a thread of its own. */
    static final class Lent<T> {
        private final CompletableFuture<T> result;

        private Lent(CompletableFuture<T> result) {
            this.result = result;
        }

        /** Waits for the work; its failure is rethrown as it was thrown. */
        T get() throws IdentityException {
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof IdentityException identity) {
                    throw identity;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) e.getCause();
            }
        }
    }

    private char[] read(String prompt, boolean confirm, Messages messages) {
        if (environmentVariable != null) {
            String value = System.getenv(environmentVariable);
            if (value == null || value.isEmpty()) {
                throw UserInputException.of("cli.passphrase.envNotSet", environmentVariable);
            }
            return value.toCharArray();
        }
        if (file != null) {
            return fromFile(file);
        }
        Console console = System.console();
        if (console == null) {
            throw UserInputException.of("cli.passphrase.noConsole");
        }
        char[] first = console.readPassword("%s ", prompt);
        if (first == null || first.length == 0) {
            throw UserInputException.of("cli.passphrase.none");
        }
        if (confirm) {
            char[] second = console.readPassword("%s ", messages.get("cli.passphrase.repeat"));
            boolean same = Arrays.equals(first, second);
            if (second != null) {
                Arrays.fill(second, '\0');
            }
            if (!same) {
                Arrays.fill(first, '\0');
                throw UserInputException.of("cli.passphrase.differ");
            }
        }
        return first;
    }

    private static char[] fromFile(Path file) {
        byte[] bytes = null;
        try {
            bytes = Files.readAllBytes(file);
            int end = 0;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, end));
            char[] passphrase = new char[chars.remaining()];
            chars.get(passphrase);
            Arrays.fill(chars.array(), '\0');
            if (passphrase.length == 0) {
                throw UserInputException.of("cli.passphrase.fileEmpty", file.toString());
            }
            return passphrase;
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(UserMessage.of("cli.passphrase.noSuchFile", file.toString()));
        } catch (IOException e) {
            throw new UnreadableInputException(UserMessage.of("cli.passphrase.cannotReadFile", file.toString(), e.getMessage()));
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }
}
