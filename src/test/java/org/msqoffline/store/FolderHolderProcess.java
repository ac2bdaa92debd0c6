package org.msqoffline.store;

import java.nio.file.Path;

/**
 * A second app for the lock tests. {@code hold FOLDER} opens the folder for writing, prints "locked" and
 * keeps it until killed; {@code try FOLDER} prints "locked" or "in-use" and ends.
 */
public final class FolderHolderProcess {
    private FolderHolderProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path folder = Path.of(args[1]);
        DataFolder data;
        try {
            data = DataFolder.open(folder, DataFolder.Access.WRITE);
        } catch (FolderInUseException e) {
            System.out.println("in-use");
            System.out.flush();
            return;
        }
        System.out.println("locked");
        System.out.flush();
        if ("hold".equals(args[0])) {
            Thread.sleep(Long.MAX_VALUE);
        }
        data.close();
    }
}
