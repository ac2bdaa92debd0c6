package org.msqoffline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.msqoffline.app.Contributions;
import org.msqoffline.app.Contributor;
import org.msqoffline.app.Delegations;
import org.msqoffline.app.DesktopState;
import org.msqoffline.app.Exports;
import org.msqoffline.app.Responses;
import org.msqoffline.i18n.Messages;
import org.msqoffline.store.DataFolder;
import org.msqoffline.ui.common.TaskExecutor;
import org.msqoffline.ui.common.Theme;

/**
 * What the screens are built from: the app services of one data folder, the executor, the messages, the
 * theme (stylesheets, text size, fonts and direction of the language), and the folder where files made for
 * the user (packages, signing identities, delegations) are offered to be saved.
 */
public record DesktopServices(Responses responses, Contributor contributor, DesktopState state, TaskExecutor tasks,
        Messages messages, Clock clock, Theme theme, Exports exports, Delegations delegations, Contributions contributions,
        Path documents) {

    /** The services with the theme and text size saved in the data folder; files are offered in the user's Documents. */
    public static DesktopServices of(DataFolder data, TaskExecutor tasks, Messages messages) {
        return of(data, tasks, messages, userDocuments());
    }

    /** The services with the theme and text size saved in the data folder; files are offered in {@code documents}. */
    public static DesktopServices of(DataFolder data, TaskExecutor tasks, Messages messages, Path documents) {
        DesktopState state = new DesktopState(data);
        Theme theme = new Theme(messages.locale());
        state.theme().map(Theme.Name::of).ifPresent(theme.nameProperty()::set);
        state.textSize().ifPresent(theme::setSize);
        Responses responses = new Responses(data);
        return new DesktopServices(responses, new Contributor(data), state, tasks, messages, data.clock(), theme,
                new Exports(responses, data.clock(), messages), new Delegations(data, responses), new Contributions(data, responses),
                documents);
    }

    /** The user's Documents folder, or the home folder when there is none. */
    private static Path userDocuments() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
