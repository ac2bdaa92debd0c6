package org.msqoffline.ui;

import java.time.Clock;
import org.msqoffline.app.Contributor;
import org.msqoffline.app.DesktopState;
import org.msqoffline.app.Responses;
import org.msqoffline.i18n.Messages;
import org.msqoffline.store.DataFolder;
import org.msqoffline.ui.common.TaskExecutor;

/** What the screens are built from: the app services of one data folder, the executor and the messages. */
public record DesktopServices(Responses responses, Contributor contributor, DesktopState state, TaskExecutor tasks,
        Messages messages, Clock clock) {

    public static DesktopServices of(DataFolder data, TaskExecutor tasks, Messages messages) {
        return new DesktopServices(new Responses(data), new Contributor(data), new DesktopState(data), tasks, messages, data.clock());
    }
}
