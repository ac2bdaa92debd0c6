package org.msqoffline.cli;

import java.nio.file.Path;
import org.msqoffline.app.UserInputException;
import org.msqoffline.store.Recovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup list|restore}: the rolling backups of the data folder, and getting back from damage. */
@Command(name = "backup",
        subcommands = {BackupCommand.ListBackups.class, BackupCommand.Restore.class})
final class BackupCommand {

    @Command(name = "list")
    static final class ListBackups extends DataCommand {
        @Override
        public Integer call() {
            Recovery recovery = new Recovery(root().dataFolder(), java.time.Clock.systemUTC());
            recovery.backups().forEach(backup -> out().println(backup));
            return ExitCode.OK;
        }
    }

    @Command(name = "restore")
    static final class Restore extends DataCommand {
        @Option(names = "--backup", paramLabel = "FILE")
        private Path backup;

        @Override
        public Integer call() {
            Recovery recovery = new Recovery(root().dataFolder(), java.time.Clock.systemUTC());
            Path chosen = backup != null ? backup : recovery.latestGoodBackup()
                    .orElseThrow(() -> UserInputException.of("cli.backup.noneSound", root().dataFolder().resolve("backups").toString()));
            if (!java.nio.file.Files.isRegularFile(chosen)) {
                throw UserInputException.of("cli.backup.noSuch", chosen.toString());
            }
            Recovery.Restored restored = recovery.restore(chosen);
            out().println(messages().get("cli.backup.restored", restored.backup().getFileName().toString(),
                    restored.damagedKeptAt().toString()));
            return ExitCode.OK;
        }
    }
}
