package org.msqoffline.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.QuestionnaireLoader;

class MergePlanTest {
    private static Questionnaire small;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = MergePlanTest.class.getResourceAsStream("/org/msqoffline/questionnaire/small-definition.json")) {
            small = new QuestionnaireLoader().load(in.readAllBytes());
        }
    }

    private static AnswerValue text(String value) {
        return value.equals("-") ? null : new AnswerValue.Text(value);
    }

    @ParameterizedTest(name = "base {0}, current {1}, incoming {2}: {3}")
    @CsvSource(textBlock = """
            a, a, a, SAME
            a, a, b, INCOMING
            a, b, a, LOCAL
            a, b, c, CONFLICT
            a, b, b, SAME
            -, -, b, INCOMING
            a, a, -, INCOMING
            -, b, c, CONFLICT
            a, -, b, CONFLICT
            """)
    void eachItemIsClassifiedByWhoChangedIt(String base, String current, String incoming, MergePlan.Change expected) {
        Map<String, AnswerValue> baseAnswers = new HashMap<>();
        if (text(base) != null) {
            baseAnswers.put("notes", text(base));
        }
        Map<String, AnswerValue> incomingAnswers = new HashMap<>();
        if (text(incoming) != null) {
            incomingAnswers.put("notes", text(incoming));
        }
        MergePlan plan = MergePlan.plan(small, List.of("notes"), baseAnswers, Answers.none().with("notes", text(current)),
                incomingAnswers);
        assertThat(plan.items()).singleElement().satisfies(item -> assertThat(item.change()).isEqualTo(expected));
    }
}
