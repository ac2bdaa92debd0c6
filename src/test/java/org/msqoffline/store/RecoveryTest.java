package org.msqoffline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.response.UnMemberStates;

class RecoveryTest {
    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void aDamagedFileIsKeptAsideAndTheLatestGoodBackupRestored() throws Exception {
        ResponseInfo response;
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE, clock)) {
            response = data.responses().create(UnMemberStates.byIso3("AZE").orElseThrow(), data.questionnaires().ensureBundled());
            data.answers().set(response.id(), "contact-name", new AnswerValue.Text("Shahin Aliyev"), "Tester");
        }
        Clock nextDay = Clock.offset(clock, java.time.Duration.ofDays(1));
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE, nextDay)) {
            assertThat(data.backups().list()).hasSize(2);
        }
        Path database = folder.resolve(DataFolder.DATABASE_FILE);
        byte[] bytes = Files.readAllBytes(database);
        byte[] damaged = Arrays.copyOf(bytes, bytes.length / 3);
        Files.write(database, damaged);
        assertThatThrownBy(() -> DataFolder.open(folder, DataFolder.Access.WRITE, nextDay)).isInstanceOf(DamagedDatabaseException.class);

        Recovery recovery = new Recovery(folder, nextDay);
        Path latest = recovery.latestGoodBackup().orElseThrow();
        assertThat(latest).isEqualTo(recovery.backups().get(0));
        Recovery.Restored restored = recovery.restore(latest);
        assertThat(Files.readAllBytes(restored.damagedKeptAt())).as("the damaged file is kept, byte for byte").isEqualTo(damaged);
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE, nextDay)) {
            assertThat(data.answers().load(response.id(), data.questionnaires().ensureBundled()).get("contact-name"))
                    .contains(new AnswerValue.Text("Shahin Aliyev"));
        }
    }

    @Test
    void aDamagedBackupIsSkippedAndNeverRestored() throws Exception {
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE, clock)) {
            data.questionnaires().ensureBundled();
        }
        Recovery recovery = new Recovery(folder, clock);
        Path only = recovery.backups().get(0);
        Files.write(only, Arrays.copyOf(Files.readAllBytes(only), 200));
        assertThat(recovery.latestGoodBackup()).isEmpty();
        byte[] before = Files.readAllBytes(folder.resolve(DataFolder.DATABASE_FILE));
        assertThatThrownBy(() -> recovery.restore(only)).isInstanceOf(StoreException.class).hasMessageContaining("damaged too");
        assertThat(Files.readAllBytes(folder.resolve(DataFolder.DATABASE_FILE))).isEqualTo(before);
    }

    @Test
    void restoringWhileTheFolderIsInUseIsRefused() throws Exception {
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE, clock)) {
            Recovery recovery = new Recovery(folder, clock);
            Path backup = recovery.backups().get(0);
            assertThatThrownBy(() -> recovery.restore(backup)).isInstanceOf(FolderInUseException.class);
        }
    }
}
