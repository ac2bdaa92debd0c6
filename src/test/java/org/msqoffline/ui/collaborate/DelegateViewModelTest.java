package org.msqoffline.ui.collaborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.Delegations;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.ui.ViewModelFixture;

/** Delegating a section: the file is written once; Delegate waits for a change before it issues another. */
class DelegateViewModelTest {
    @TempDir
    Path folder;

    @TempDir
    Path out;

    @Test
    void aDelegationIsIssuedOnceUntilSomethingChanges() {
        try (ViewModelFixture fixture = new ViewModelFixture(folder)) {
            ResponseInfo sample = fixture.responses.importSample("Shahin Aliyev");
            Path file = out.resolve("AZE-delegation.msqd");
            DelegateViewModel delegate = new DelegateViewModel(new Delegations(fixture.data, fixture.responses), sample,
                    fixture.responses.questionnaireOf(sample), () -> "Shahin Aliyev", fixture.tasks, fixture.messages, file);
            delegate.sections().get(3).selected().set(true);
            delegate.toProperty().set("Ministry of Justice");
            assertThat(delegate.canDelegate().get()).isTrue();

            delegate.delegate();
            assertThat(delegate.errorProperty().get()).isEmpty();
            assertThat(file).isNotEmptyFile();
            assertThat(delegate.canDelegate().get()).as("the same delegation again").isFalse();

            delegate.toProperty().set("Ministry of Economy");
            assertThat(delegate.canDelegate().get()).as("another receiver").isTrue();
        }
    }
}
