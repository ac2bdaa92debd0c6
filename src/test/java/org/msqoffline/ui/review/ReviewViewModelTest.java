package org.msqoffline.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.ui.ViewModelFixture;
import org.msqoffline.ui.form.FormViewModel;

class ReviewViewModelTest {
    @TempDir
    Path folder;

    @Test
    void listsMissingItemsBySectionAndJumpsToThem() {
        try (ViewModelFixture fixture = new ViewModelFixture(folder)) {
            FormViewModel form = fixture.form();
            List<String> jumps = new ArrayList<>();
            ReviewViewModel review = new ReviewViewModel(form, jumps::add);
            review.opened();

            ReviewViewModel.Group contact = review.groups().get(0);
            assertThat(contact.sectionTitle()).isEqualTo("Contact information");
            assertThat(contact.entries()).extracting(ReviewViewModel.Entry::itemId).contains("contact-country");
            assertThat(review.completeProperty().get()).isFalse();
            assertThat(form.showAllProblemsProperty().get()).isTrue();

            review.jump(contact.entries().get(0));
            assertThat(jumps).containsExactly("contact-country");

            form.item("contact-country").orElseThrow().setText("Kenya");
            assertThat(review.groups().get(0).entries()).extracting(ReviewViewModel.Entry::itemId).doesNotContain("contact-country");
        }
    }

    @Test
    void saysSoWhenEverythingRequiredIsAnswered() {
        try (ViewModelFixture fixture = new ViewModelFixture(folder)) {
            var sample = fixture.responses.importSample("Tester");
            FormViewModel form = new FormViewModel(fixture.responses, sample, fixture.responses.questionnaireOf(sample),
                    fixture.responses.answers(sample), () -> "Tester", fixture.tasks, fixture.saveStatus, null, fixture.messages);
            ReviewViewModel review = new ReviewViewModel(form, id -> { });
            boolean complete = form.completenessProperty().get().complete();
            assertThat(review.completeProperty().get()).isEqualTo(complete);
            if (complete) {
                assertThat(review.summaryProperty().get()).startsWith("Everything required is answered");
                assertThat(review.groups()).isEmpty();
            } else {
                assertThat(review.groups()).isNotEmpty();
            }
        }
    }
}
