package org.msqoffline.cli;

import java.nio.file.Path;
import org.msqoffline.app.Contributor;
import org.msqoffline.app.Responses;
import org.msqoffline.store.DataFolder;

/** What every command needs: the data folder (opened for reading or writing) and the services on it. */
final class CommandContext implements AutoCloseable {
    private final DataFolder data;
    private final Responses responses;

    private CommandContext(DataFolder data) {
        this.data = data;
        this.responses = new Responses(data);
    }

    static CommandContext open(Path dataFolder, DataFolder.Access access) {
        return new CommandContext(DataFolder.open(dataFolder, access));
    }

    DataFolder data() {
        return data;
    }

    Responses responses() {
        return responses;
    }

    /** Who changes answers from the command line: the contributor name set in the app, else the OS user. */
    String contributor() {
        return new Contributor(data).nameOrUser();
    }

    @Override
    public void close() {
        data.close();
    }
}
