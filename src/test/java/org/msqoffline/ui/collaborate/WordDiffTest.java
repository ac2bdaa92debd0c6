package org.msqoffline.ui.collaborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.msqoffline.ui.collaborate.WordDiff.Segment;

class WordDiffTest {
    /** The segments as text with the marked ones in brackets. */
    private static String shown(List<Segment> segments) {
        return segments.stream().map(s -> s.marked() ? "[" + s.text() + "]" : s.text()).collect(Collectors.joining());
    }

    @Test
    void onlyTheWordsThatChangedAreMarked() {
        WordDiff.Marked diff = WordDiff.of("Law No. 123 of 2019, see https://e-gov.az/law",
                "Law No. 456 of 2019, amended 2023, see https://e-gov.az/law");
        assertThat(shown(diff.before())).isEqualTo("Law No. [123] of 2019, see https://e-gov.az/law");
        assertThat(shown(diff.after())).isEqualTo("Law No. [456] of 2019, [amended 2023,] see https://e-gov.az/law");
    }

    @Test
    void theSegmentsPutBackTogetherAreTheAnswersUnchanged() {
        String before = "  The portal   e-gov.az\nserves 4 million users.\n";
        String after = "The portal mygov.az serves\n5 million users ";
        WordDiff.Marked diff = WordDiff.of(before, after);
        assertThat(diff.before().stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(before);
        assertThat(diff.after().stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(after);
        assertThat(shown(diff.before())).isEqualTo("  The portal   [e-gov.az]\nserves [4] million [users.]\n");
        assertThat(shown(diff.after())).isEqualTo("The portal [mygov.az] serves\n[5] million [users] ");
        assertThat(diff.before()).noneMatch(segment -> segment.text().isEmpty());
    }

    @Test
    void spacesAloneAreNoChange() {
        WordDiff.Marked diff = WordDiff.of("one two\nthree", "one  two three");
        assertThat(diff.before()).noneMatch(Segment::marked);
        assertThat(diff.after()).noneMatch(Segment::marked);
    }

    @Test
    void anAnswerWrittenAnewIsMarkedWhole() {
        WordDiff.Marked diff = WordDiff.of("Yes", "No");
        assertThat(shown(diff.before())).isEqualTo("[Yes]");
        assertThat(shown(diff.after())).isEqualTo("[No]");
        assertThat(WordDiff.of("", "Added").after()).containsExactly(new Segment("Added", true));
        assertThat(WordDiff.of("", "Added").before()).isEmpty();
    }

    @Test
    void aMiddleTooLongToCompareWordByWordIsMarkedWholeButTheSharedEndsStayPlain() {
        String many = "word ".repeat(1100);
        String other = "other ".repeat(1100);
        WordDiff.Marked diff = WordDiff.of("Start " + many + "end", "Start " + other + "end");
        assertThat(diff.before()).extracting(Segment::marked).containsExactly(false, true, false);
        assertThat(diff.before().get(0).text()).isEqualTo("Start ");
        assertThat(diff.before().get(2).text()).isEqualTo(" end");
    }
}
