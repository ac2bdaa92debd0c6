package org.msqoffline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.ItemType;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerValue.Text;
import org.msqoffline.response.UnMemberStates;

/** A file this app must not use, newer or damaged, is refused and left byte for byte as it was. */
class DatabaseRefusalTest {
    private static final int PAGE_TABLE_LEAF = 0x0D;

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve(DataFolder.DATABASE_FILE);
    }

    /** Ways a data file can be unusable; each prepares the folder's file. */
    enum Unusable { NEWER, TRUNCATED, GARBAGE_IN_DATA_PAGE, NOT_A_DATABASE }

    @ParameterizedTest
    @EnumSource(DataFolder.Access.class)
    void aFileFromANewerAppIsRefusedWithAdviceToUpdate(DataFolder.Access access) throws IOException, SQLException {
        prepare(Unusable.NEWER);
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> DataFolder.open(folder, access))
                .isInstanceOf(NewerDatabaseException.class)
                .hasMessageContaining("update the app")
                .hasMessageContaining("data version 99");

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(SqliteFiles.userVersion(file())).isEqualTo(99);
        FolderLock.acquire(folder).close();
    }

    @ParameterizedTest
    @EnumSource(value = Unusable.class, names = {"TRUNCATED", "GARBAGE_IN_DATA_PAGE", "NOT_A_DATABASE"})
    void aDamagedFileIsRefusedAndLeftUntouched(Unusable damage) throws IOException, SQLException {
        prepare(damage);
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> DataFolder.open(folder, DataFolder.Access.WRITE))
                .isInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining(DataFolder.DATABASE_FILE)
                .hasMessageContaining("is damaged")
                .hasMessageContaining("it was not changed")
                .satisfies(e -> assertThat(((DamagedDatabaseException) e).file()).isEqualTo(file()));

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        FolderLock.acquire(folder).close();
    }

    @ParameterizedTest
    @EnumSource(Unusable.class)
    void aRefusedFileGetsNoWalOrShmFile(Unusable unusable) throws IOException, SQLException {
        prepare(unusable);
        List<String> listing = SqliteFiles.listing(folder);

        assertThatThrownBy(() -> DataFolder.open(folder, DataFolder.Access.WRITE)).isInstanceOf(StoreException.class);

        assertThat(SqliteFiles.listing(folder)).isEqualTo(listing).noneMatch(name -> name.endsWith("-wal") || name.endsWith("-shm"));
    }

    private void prepare(Unusable unusable) throws IOException, SQLException {
        switch (unusable) {
            case NEWER -> {
                DataFolder.open(folder, DataFolder.Access.WRITE).close();
                SqliteFiles.execute(file(), "PRAGMA user_version = 99");
            }
            case TRUNCATED -> {
                fillWithLongAnswers();
                try (RandomAccessFile truncating = new RandomAccessFile(file().toFile(), "rw")) {
                    truncating.setLength(truncating.length() / 2 / 4096 * 4096);
                }
            }
            case GARBAGE_IN_DATA_PAGE -> {
                fillWithLongAnswers();
                overwriteCellsOfATableLeafPageInTheMiddle();
            }
            case NOT_A_DATABASE -> {
                DataFolder.open(folder, DataFolder.Access.WRITE).close();
                byte[] random = new byte[16 * 1024];
                new Random(7).nextBytes(random);
                Files.write(file(), random);
            }
            default -> throw new IllegalArgumentException(unusable.name());
        }
        assertThat(SqliteFiles.listing(folder)).noneMatch(name -> name.endsWith("-wal") || name.endsWith("-shm"));
    }

    /**
     * Garbage over the first cells of a table leaf page past the middle of the file. (Garbage inside answer
     * text alone, e.g. in an overflow page, is not something {@code quick_check} can see: SQLite keeps no checksums.)
     */
    private void overwriteCellsOfATableLeafPageInTheMiddle() throws IOException {
        byte[] bytes = Files.readAllBytes(file());
        int pageSize = Short.toUnsignedInt(ByteBuffer.wrap(bytes, 16, 2).getShort());
        int page = firstTableLeafFrom(bytes, pageSize, bytes.length / 2 / pageSize);
        int cellContent = page * pageSize + Short.toUnsignedInt(ByteBuffer.wrap(bytes, page * pageSize + 5, 2).getShort());
        byte[] garbage = new byte[300];
        new Random(20_250_301).nextBytes(garbage);
        System.arraycopy(garbage, 0, bytes, cellContent, garbage.length);
        Files.write(file(), bytes);
    }

    /** About 200 answers of 2 KB: a file of several hundred pages. */
    private void fillWithLongAnswers() {
        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            Questionnaire questionnaire = data.questionnaires().ensureBundled();
            for (int response = 0; response < 3; response++) {
                String id = data.responses().create(UnMemberStates.byIso3("AZE").orElseThrow(), questionnaire).id();
                Map<String, Object> values = new LinkedHashMap<>();
                for (Item item : questionnaire.items()) {
                    if (item.type() == ItemType.LONGTEXT) {
                        values.put(item.id(), new Text((item.id() + " " + response + " ").repeat(2048 / (item.id().length() + 3))));
                    }
                }
                data.answers().setAll(id, values, "Aynur");
            }
        }
        assertThat(file()).isRegularFile();
    }

    private static int firstTableLeafFrom(byte[] bytes, int pageSize, int fromPage) {
        for (int page = fromPage; page < bytes.length / pageSize; page++) {
            if ((bytes[page * pageSize] & 0xFF) == PAGE_TABLE_LEAF) {
                return page;
            }
        }
        throw new AssertionError("no table leaf page after page " + fromPage);
    }
}
