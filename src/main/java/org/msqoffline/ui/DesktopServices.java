package org.msqoffline.ui;

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
 * What the screens are built from: the app services of one data folder, the executor, the messages and the
 * theme (stylesheets, text size, fonts and direction of the language).
 */
public record DesktopServices(Responses responses, Contributor contributor, DesktopState state, TaskExecutor tasks,
        Messages messages, Clock clock, Theme theme, Exports exports, Delegations delegations, Contributions contributions) {

    /** The services with the theme and text size saved in the data folder. */
    public static DesktopServices of(DataFolder data, TaskExecutor tasks, Messages messages) {
        DesktopState state = new DesktopState(data);
        Theme theme = new Theme(messages.locale());
        state.theme().map(Theme.Name::of).ifPresent(theme.nameProperty()::set);
        state.textSize().ifPresent(theme::setSize);
        Responses responses = new Responses(data);
        return new DesktopServices(responses, new Contributor(data), state, tasks, messages, data.clock(), theme,
                new Exports(responses, data.clock(), messages), new Delegations(data, responses), new Contributions(data, responses));
    }
}
