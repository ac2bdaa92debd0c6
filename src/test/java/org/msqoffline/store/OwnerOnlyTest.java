package org.msqoffline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answers are a government's unpublished replies: other users of the computer must not read them. */
class OwnerOnlyTest {
    @TempDir
    Path temp;

    @BeforeEach
    void requirePosix() {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
    }

    @Test
    void aDataFolderCreatedOnOpeningIsTheOwnersOnly() throws IOException {
        Path folder = temp.resolve("not-yet").resolve("msq-data");

        try (DataFolder data = DataFolder.open(folder, DataFolder.Access.WRITE)) {
            assertThat(permissions(folder)).isEqualTo("rwx------");
            assertThat(permissions(folder.getParent())).isEqualTo("rwx------");
            assertThat(permissions(folder.resolve(DataFolder.DATABASE_FILE))).isEqualTo("rw-------");
            assertThat(permissions(folder.resolve(DataFolder.DATABASE_FILE + "-wal"))).isEqualTo("rw-------");
            assertThat(permissions(folder.resolve("backups"))).isEqualTo("rwx------");
            assertThat(data.backups().list()).allSatisfy(backup -> assertThat(backup).startsWith(folder.resolve("backups")));
        }
    }

    @Test
    void theDatabaseFileIsTheOwnersOnlyInAnExistingFolder() throws IOException {
        DataFolder.open(temp, DataFolder.Access.READ).close();

        assertThat(permissions(temp.resolve(DataFolder.DATABASE_FILE))).isEqualTo("rw-------");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
