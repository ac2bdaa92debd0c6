package org.msqoffline.ui.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.response.UnMemberStates;
import org.msqoffline.ui.ViewModelFixture;

class ResponsesViewModelTest {
    @TempDir
    Path folder;

    @Test
    void createsDuplicatesBinsAndRestoresThroughTheSameServiceAsTheCommandLine() {
        try (ViewModelFixture fixture = new ViewModelFixture(folder)) {
            List<ResponseInfo> opened = new ArrayList<>();
            ResponsesViewModel responses = new ResponsesViewModel(fixture.responses, () -> "Tester", fixture.tasks, fixture.messages,
                    opened::add);
            responses.refresh();
            assertThat(responses.rows()).hasSize(1);

            responses.create(UnMemberStates.byIso3("FRA").orElseThrow());
            assertThat(opened).singleElement().extracting(ResponseInfo::countryIso3).isEqualTo("FRA");
            responses.refresh();
            assertThat(responses.rows()).hasSize(2);

            responses.duplicate(responses.rows().get(0));
            assertThat(responses.rows()).hasSize(3);

            responses.moveToBin(responses.rows().get(0));
            assertThat(responses.rows()).hasSize(2);
            assertThat(responses.binRows()).hasSize(1);
            assertThat(fixture.responses.bin()).hasSize(1);

            responses.restore(responses.binRows().get(0));
            assertThat(responses.rows()).hasSize(3);
            assertThat(responses.binRows()).isEmpty();
        }
    }

    @Test
    void opensTheSampleAndReportsAnUnreadableFileAsASentence() {
        try (ViewModelFixture fixture = new ViewModelFixture(folder)) {
            List<ResponseInfo> opened = new ArrayList<>();
            ResponsesViewModel responses = new ResponsesViewModel(fixture.responses, () -> "Tester", fixture.tasks, fixture.messages,
                    opened::add);
            responses.openSample();
            assertThat(opened).singleElement().extracting(ResponseInfo::countryIso3).isEqualTo("AZE");

            responses.importFile(folder.resolve("missing.json"));
            assertThat(responses.errorProperty().get()).startsWith("That did not work: ");
            assertThat(opened).hasSize(1);
        }
    }
}
