package org.msqoffline.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.ui.ViewModelFixture;
import org.msqoffline.ui.form.FormViewModel;

class SearchViewModelTest {
    @TempDir
    Path folder;

    @Test
    void findsTextInQuestionsAndAnswersAndJumpsToTheHit() {
        try (ViewModelFixture fixture = new ViewModelFixture(folder)) {
            FormViewModel form = fixture.form();
            form.item("g-other-information").orElseThrow().setText("We rely on the Huduma centres for walk-in help.");
            List<String> jumps = new ArrayList<>();
            SearchViewModel search = new SearchViewModel(form, jumps::add);

            search.queryProperty().set("huduma");
            assertThat(search.hits()).singleElement().satisfies(hit -> {
                assertThat(hit.itemId()).isEqualTo("g-other-information");
                assertThat(hit.where()).isEqualTo("answer");
                assertThat(hit.snippet()).containsIgnoringCase("Huduma centres");
            });
            assertThat(search.summaryProperty().get()).isEqualTo("1 found");
            search.queryProperty().set("zzyzx");
            assertThat(search.hits()).isEmpty();
            assertThat(search.summaryProperty().get()).isEqualTo("Nothing found");

            search.queryProperty().set("Chief Information Officer");
            assertThat(search.hits()).extracting(SearchViewModel.Hit::itemId).contains("a-cio-exists");
            search.jump(search.hits().get(0));
            assertThat(jumps).hasSize(1);
        }
    }

    @Test
    void aSnippetStartsAndEndsWithWholeWords() {
        String text = "The strategy covers the period/cycle 2021-2025 and was adopted after consultation with every ministry, "
                + "the regions and civil society; it is reviewed each year by the agency and published on the national portal "
                + "with its indicators and the budget allotted to each of its measures.";
        String snippet = SearchViewModel.snippet(text, "adopted");
        assertThat(snippet).startsWith("…covers the period/cycle").contains("adopted").endsWith("…");
        String last = snippet.substring(0, snippet.length() - 1);
        assertThat(text).contains(last.substring(1) + " ");
    }
}
