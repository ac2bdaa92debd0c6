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

    @Test
    void anEditAtTheEndOfALongAnswerShowsWhereTheTwoDiffer() {
        try (ViewModelFixture fixture = new ViewModelFixture(folder)) {
            FormViewModel form = fixture.form();
            ItemViewModel details = form.item("a-portal-national").orElseThrow();
            String long400 = "The national portal gathers the services of every ministry and agency. ".repeat(6);
            details.setText(long400 + "Updated in 2023.");
            details.left();
            details.setText(long400 + "Updated in 2024.");
            details.left();

            HistoryViewModel history = new HistoryViewModel(form, details, fixture.responses, fixture.tasks);
            history.load();
            HistoryViewModel.Row latest = history.rows().get(0);
            // Both once stopped at the same 300 characters: the change did not show.
            assertThat(latest.oldText()).startsWith("…").endsWith("Updated in 2023.");
            assertThat(latest.newText()).startsWith("…").endsWith("Updated in 2024.");
        }
    }
}
