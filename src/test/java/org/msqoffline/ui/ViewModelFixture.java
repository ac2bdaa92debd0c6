package org.msqoffline.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.msqoffline.app.DesktopState;
import org.msqoffline.app.Responses;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;
import org.msqoffline.ui.common.SameThreadTaskExecutor;
import org.msqoffline.ui.common.SaveStatus;
import org.msqoffline.ui.form.FormViewModel;

/** A real data folder (SQLite, no mocks) with one new response, and the same-thread executor. */
public final class ViewModelFixture implements AutoCloseable {
    public final DataFolder data;
    public final Responses responses;
    public final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    public final Messages messages = Messages.english();
    public final SaveStatus saveStatus;
    public final ResponseInfo response;

    public ViewModelFixture(Path folder) {
        data = DataFolder.open(folder, DataFolder.Access.WRITE);
        responses = new Responses(data);
        saveStatus = new SaveStatus(messages, Clock.systemUTC());
        response = responses.create("KEN", null);
    }

    public FormViewModel form() {
        return new FormViewModel(responses, response, responses.questionnaireOf(response), responses.answers(response),
                () -> "Tester", tasks, saveStatus, new DesktopState(data), messages);
    }

    @Override
    public void close() {
        data.close();
    }
}
