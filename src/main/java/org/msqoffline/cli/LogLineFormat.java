package org.msqoffline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * One line per record, in SLF4J's words for levels:
 * {@code 2026-11-28T09:15:02.137+04:00 WARN  [msq-open-data] o.m.s.Database - message}, then any stack trace.
 */
final class LogLineFormat extends Formatter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    @Override
    public String format(LogRecord logRecord) {
        StringBuilder line = new StringBuilder(160)
                .append(TIME.format(logRecord.getInstant().atZone(ZoneId.systemDefault())))
                .append(' ').append(String.format("%-5s", levelName(logRecord.getLevel())))
                // Handlers write on the thread that logs, so this is the thread the line is about.
                .append(" [").append(Thread.currentThread().getName()).append("] ")
                .append(shortName(logRecord.getLoggerName()))
                .append(" - ").append(formatMessage(logRecord))
                .append(System.lineSeparator());
        if (logRecord.getThrown() != null) {
            StringWriter trace = new StringWriter();
            logRecord.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }

    /** The level as SLF4J named it before slf4j-jdk14 translated it (DEBUG is FINE, TRACE is FINEST). */
    static String levelName(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (value >= Level.WARNING.intValue()) {
            return "WARN";
        }
        if (value >= Level.INFO.intValue()) {
            return "INFO";
        }
        return value >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }

    /** {@code org.msqoffline.store.Database} as {@code o.m.s.Database}: the class stays readable, the line short. */
    static String shortName(String loggerName) {
        if (loggerName == null || loggerName.isEmpty()) {
            return "root";
        }
        int last = loggerName.lastIndexOf('.');
        StringBuilder name = new StringBuilder();
        int start = 0;
        while (start < last) {
            name.append(loggerName.charAt(start)).append('.');
            start = loggerName.indexOf('.', start) + 1;
        }
        return name.append(loggerName, last + 1, loggerName.length()).toString();
    }
}
