package org.msqoffline.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.QuestionnaireLoader;

class CompletenessCheckTest {
    private static Questionnaire small;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = CompletenessCheckTest.class.getResourceAsStream("/org/msqoffline/questionnaire/small-definition.json")) {
            small = new QuestionnaireLoader().load(in.readAllBytes());
        }
    }

    private static Answers complete() {
        return Answers.none()
                .with("name", new AnswerValue.Text("Ana"))
                .with("mail", new AnswerValue.Text("ana@example.org"))
                .with("law", AnswerValue.Choice.of("no"));
    }

    private static List<String> missing(Completeness completeness) {
        return completeness.missing().stream().map(p -> p.item().id()).toList();
    }

    @Test
    void anEmptyResponseMissesEveryRequiredItem() {
        Completeness completeness = CompletenessCheck.check(small, Answers.none());
        assertThat(missing(completeness)).containsExactly("name", "mail", "law");
        assertThat(completeness.complete()).isFalse();
        assertThat(completeness.requiredCount()).isEqualTo(3);
        assertThat(completeness.fraction()).isZero();
    }

    @Test
    void answeringEveryRequiredItemCompletesIt() {
        Completeness completeness = CompletenessCheck.check(small, complete());
        assertThat(completeness.complete()).isTrue();
        assertThat(completeness.fraction()).isEqualTo(1.0);
        assertThat(completeness.sections()).allMatch(SectionProgress::complete);
    }

    @Test
    void yesShowsTheFollowUpWhichMustThenBeAnswered() {
        Answers yes = complete().with("law", AnswerValue.Choice.of("yes"));
        Completeness completeness = CompletenessCheck.check(small, yes);
        assertThat(completeness.isShown("law-details")).isTrue();
        assertThat(missing(completeness)).containsExactly("law-details", "law-online");
        assertThat(completeness.requiredCount()).isEqualTo(5);
    }

    @Test
    void noHidesTheFollowUpButKeepsItsValueWhichNoLongerCounts() {
        Answers answers = complete().with("law-details", new AnswerValue.Text("x".repeat(5000)));
        Completeness hidden = CompletenessCheck.check(small, answers);
        assertThat(hidden.isShown("law-details")).isFalse();
        assertThat(hidden.complete()).as("a hidden, too long answer does not count").isTrue();
        assertThat(answers.has("law-details")).isTrue();

        Completeness shownAgain = CompletenessCheck.check(small, answers.with("law", AnswerValue.Choice.of("yes")));
        assertThat(shownAgain.invalid()).extracting(p -> p.item().id(), Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("law-details", ProblemKind.TOO_LONG));
    }

    @Test
    void aFollowUpOfAHiddenItemIsHiddenToo() {
        Answers answers = complete().with("law", AnswerValue.Choice.of("yes")).with("law-online", AnswerValue.Choice.of("yes"));
        assertThat(CompletenessCheck.isShown(small, answers, "law-online-link")).isTrue();
        Answers backToNo = answers.with("law", AnswerValue.Choice.of("no"));
        assertThat(CompletenessCheck.isShown(small, backToNo, "law-online")).isFalse();
        assertThat(CompletenessCheck.isShown(small, backToNo, "law-online-link")).isFalse();
        assertThat(CompletenessCheck.check(small, backToNo).complete()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            mail | ana@example.org             | true
            mail | ana.b@ministry.gov.az       | true
            mail | ana@example                 | false
            mail | ana example.org             | false
            mail | @example.org                | false
            mail | wanjiku@ict,go.ke           | false
            mail | ana,b@example.org           | false
            mail | ana@-example.org            | false
            mail | info@ministère.gouv.fr      | true
            mail | first.o'brien+msq@gov.ie    | true
            site | https://e-gov.az/en         | true
            site | http://www.example.org/a?b=c | true
            site | www.example.org             | false
            site | ftp://example.org           | false
            site | https://localhost           | false
            """)
    void emailsAndWebAddressesAreChecked(String itemId, String text, boolean valid) {
        Completeness completeness = CompletenessCheck.check(small, complete().with(itemId, new AnswerValue.Text(text)));
        assertThat(completeness.invalid().isEmpty()).isEqualTo(valid);
    }

    @Test
    void maximumLengthCountsCharactersNotBytes() {
        String twentyAzerbaijani = "əğışçöüəğışçöüəğışçö";
        assertThat(twentyAzerbaijani).hasSize(20);
        assertThat(CompletenessCheck.check(small, complete().with("name", new AnswerValue.Text(twentyAzerbaijani))).complete()).isTrue();
        Completeness tooLong = CompletenessCheck.check(small, complete().with("name", new AnswerValue.Text(twentyAzerbaijani + "ə")));
        assertThat(tooLong.invalid()).extracting(Problem::kind).containsExactly(ProblemKind.TOO_LONG);
        assertThat(tooLong.invalid().get(0).line(Messages.english())).isEqualTo("1 name: the answer is longer than 20 characters");
    }

    @Test
    void otherWithoutTextIsInvalid() {
        Answers other = complete().with("law", new AnswerValue.Choice("other", " "));
        assertThat(CompletenessCheck.check(small, other).invalid()).extracting(Problem::kind)
                .containsExactly(ProblemKind.FREE_TEXT_MISSING);
        Answers otherSaid = complete().with("law", new AnswerValue.Choice("other", "Draft law in parliament"));
        assertThat(CompletenessCheck.check(small, otherSaid).complete()).isTrue();
    }

    @Test
    void progressIsCountedPerSection() {
        Completeness completeness = CompletenessCheck.check(small, Answers.none().with("name", new AnswerValue.Text("Ana"))
                .with("topics", new AnswerValue.Choices(List.of(AnswerValue.Choice.of("ai")))));
        SectionProgress first = completeness.sections().get(0);
        assertThat(first.answeredRequired()).isEqualTo(1);
        assertThat(first.required()).isEqualTo(3);
        SectionProgress second = completeness.sections().get(1);
        assertThat(second.required()).isZero();
        assertThat(second.answered()).isEqualTo(1);
        assertThat(second.fraction()).isEqualTo(1.0);
    }
}
