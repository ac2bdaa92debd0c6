package org.msqoffline.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.ui.ViewModelFixture;
import org.msqoffline.ui.form.FormViewModel;
import org.msqoffline.ui.form.ItemViewModel;

class HistoryViewModelTest {
    @TempDir
    Path folder;

    @Test
    void listsWhoChangedWhatAndRestoresAnEarlierValue() {
        try (ViewModelFixture fixture = new ViewModelFixture(folder)) {
            FormViewModel form = fixture.form();
            ItemViewModel name = form.item("contact-name").orElseThrow();
            name.setText("First");
            name.left();
            name.setText("Second");
            name.left();

            HistoryViewModel history = new HistoryViewModel(form, name, fixture.responses, fixture.tasks);
            history.load();
            assertThat(history.rows()).hasSize(2);
            HistoryViewModel.Row latest = history.rows().get(0);
            assertThat(latest.oldText()).isEqualTo("First");
            assertThat(latest.newText()).isEqualTo("Second");
            assertThat(latest.who()).isEqualTo("Tester");
            assertThat(history.rows().get(1).oldText()).isEqualTo("(no answer)");

            history.restore(latest);
            assertThat(name.textValue()).isEqualTo("First");
            assertThat(fixture.responses.answer(fixture.response, "contact-name")).contains(new AnswerValue.Text("First"));
            assertThat(history.rows()).hasSize(3);
        }
    }
}
