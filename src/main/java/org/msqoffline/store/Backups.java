package org.msqoffline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolling copies of the database in {@code backups/}: one at start, at most once a day, the newest
 * {@value #KEEP} kept. Each is written under a temporary name and renamed, so a backup is whole or absent.
 */
public final class Backups {
    static final int KEEP = 10;
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'msq-offline-'yyyyMMdd-HHmmss'.db'");
    private static final String PREFIX = "msq-offline-";

    private final Path folder;
    private final Clock clock;

    public Backups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Backs up unless a backup was already made today (UTC); returns the new backup, if any. */
    public Optional<Path> backupIfDue(Database database) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (list().stream().anyMatch(backup -> dayOf(backup).equals(today.format(DateTimeFormatter.BASIC_ISO_DATE)))) {
            return Optional.empty();
        }
        OwnerOnly.createDirectories(folder);
        Path target = folder.resolve(NAME.format(clock.instant().atZone(ZoneOffset.UTC)));
        Path partial = folder.resolve(target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            database.backupTo(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return Optional.of(target);
        } catch (SQLException | IOException e) {
            LOG.warn("Backup to {} failed", target, e);
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The partial file is named as such and is never mistaken for a backup.
            }
            return Optional.empty();
        }
    }

    /** The backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(PREFIX) && f.getFileName().toString().endsWith(".db"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            LOG.warn("Cannot list backups in {}", folder, e);
            return List.of();
        }
    }

    private void prune() throws IOException {
        List<Path> backups = list();
        for (Path old : backups.subList(Math.min(KEEP, backups.size()), backups.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static String dayOf(Path backup) {
        String name = backup.getFileName().toString();
        return name.substring(PREFIX.length(), Math.min(name.length(), PREFIX.length() + 8));
    }
}
