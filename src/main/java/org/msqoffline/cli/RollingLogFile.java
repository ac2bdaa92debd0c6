package org.msqoffline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.msqoffline.store.OwnerOnly;

/**
 * A log file that, once a line would take it past its size, is moved aside as {@code NAME.1} ({@code .1} to
 * {@code .2} and so on, the oldest dropped) and begun again. Each line is written whole, unbuffered, so a
 * killed process loses none. A log that cannot be written never disturbs the user: the line is dropped.
 */
final class RollingLogFile extends Handler {
    private final Path file;
    private final long rollAtBytes;
    private final int rolledKept;
    private OutputStream out;
    private long size;

    RollingLogFile(Path file, long rollAtBytes, int rolledKept) throws IOException {
        this.file = file;
        this.rollAtBytes = rollAtBytes;
        this.rolledKept = rolledKept;
        setFormatter(new LogLineFormat());
        // The JDK's default prints a stack trace on standard error, which a user must never see.
        setErrorManager(new ErrorManager() {
            @Override
            public synchronized void error(String msg, Exception ex, int code) {
            }
        });
        open();
    }

    @Override
    public synchronized void publish(LogRecord logRecord) {
        if (out == null || !isLoggable(logRecord)) {
            return;
        }
        byte[] line = getFormatter().format(logRecord).getBytes(StandardCharsets.UTF_8);
        try {
            if (size > 0 && size + line.length > rollAtBytes) {
                roll();
            }
            out.write(line);
            size += line.length;
        } catch (IOException e) {
            reportError(null, e, ErrorManager.WRITE_FAILURE);
        }
    }

    private void open() throws IOException {
        if (!Files.exists(file)) {
            try {
                OwnerOnly.createFile(file);
            } catch (RuntimeException createdMeanwhile) {
                // By another process of the app; or the folder is not writable, which the next line reports.
            }
        }
        // Unbuffered: each line goes to the file in one write, so nothing waits in memory for a kill to lose.
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    private void roll() throws IOException {
        out.close();
        out = null;
        boolean movedAside = moveAside();
        open();
        if (!movedAside) {
            // Still the full file (on Windows another process of the app may hold it open): try again a full size later.
            size = 0;
        }
    }

    private boolean moveAside() {
        try {
            for (int generation = rolledKept; generation > 1; generation--) {
                Path older = rolled(generation - 1);
                if (Files.exists(older)) {
                    Files.move(older, rolled(generation), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(file, rolled(1), StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            reportError(null, e, ErrorManager.GENERIC_FAILURE);
            return false;
        }
    }

    private Path rolled(int generation) {
        return file.resolveSibling(file.getFileName() + "." + generation);
    }

    /** Nothing to flush: every line is written whole as it comes. */
    @Override
    public void flush() {
    }

    @Override
    public synchronized void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            reportError(null, e, ErrorManager.CLOSE_FAILURE);
        } finally {
            out = null;
        }
    }
}
