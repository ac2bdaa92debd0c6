package org.msqoffline.app;

import java.util.Optional;
import org.msqoffline.store.DataFolder;
import org.msqoffline.store.Settings;

/** The name recorded in the history for changes made here: asked once, kept in the data folder. */
public final class Contributor {
    private final DataFolder data;

    public Contributor(DataFolder data) {
        this.data = data;
    }

    /** The name given in the app, if any. */
    public Optional<String> name() {
        return data.settings().get(Settings.CONTRIBUTOR).filter(name -> !name.isBlank());
    }

    /** The name given, else the operating system's user name (for the command line). */
    public String nameOrUser() {
        return name().orElse(System.getProperty("user.name", "unknown"));
    }

    public void setName(String name) {
        if (name == null || name.isBlank()) {
            throw UserInputException.of("contributor.nameRequired");
        }
        data.settings().put(Settings.CONTRIBUTOR, name.strip());
    }
}
