package org.msqoffline.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.QuestionnaireLoader;

class AnswerCodecTest {
    private static Questionnaire small;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = AnswerCodecTest.class.getResourceAsStream("/org/msqoffline/questionnaire/small-definition.json")) {
            small = new QuestionnaireLoader().load(in.readAllBytes());
        }
    }

    private static Item item(String id) {
        return small.item(id).orElseThrow();
    }

    private static AnswerValue read(String itemId, String json) throws InvalidAnswerException {
        return AnswerCodec.fromJson(item(itemId), Json.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            notes  | "Lois: <https://e-qanun.az>\\nəğış 中文 عربى"
            law    | "yes"
            law    | {"option":"other","text":"A draft"}
            topics | ["ai","iot"]
            topics | ["ai",{"option":"other","text":"Robotics"}]
            """)
    void valuesSurviveARoundTripThroughStorage(String itemId, String json) throws Exception {
        AnswerValue value = read(itemId, json);
        String stored = AnswerCodec.toStoredJson(value);
        assertThat(AnswerCodec.fromStoredJson(item(itemId), stored)).isEqualTo(value);
    }

    @Test
    void multipleChoicesAreKeptInTheDefinitionsOrder() throws Exception {
        AnswerValue value = read("topics", "[\"other\", \"ai\"]".replace("\"other\"", "{\"option\":\"other\",\"text\":\"x\"}"));
        assertThat(((AnswerValue.Choices) value).choices()).extracting(AnswerValue.Choice::optionId).containsExactly("ai", "other");
    }

    @Test
    void emptyAnswersMeanNoAnswer() throws Exception {
        assertThat(read("notes", "\"  \"")).isNull();
        assertThat(read("topics", "[]")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            notes  | 42                                 | takes text
            notes  | ["a"]                              | takes text
            law    | "maybe"                            | has no option "maybe"
            law    | ["yes"]                            | takes an option id
            law    | {"option":"yes","text":"why"}      | takes no text
            topics | "ai"                               | takes a list
            topics | ["ai","ai"]                        | chosen twice
            topics | ["robots"]                         | has no option "robots"
            topics | [{"option":"other"}]               | takes an option id
            """)
    void wrongValuesAreRefusedWithAReason(String itemId, String json, String reason) {
        assertThatThrownBy(() -> read(itemId, json)).isInstanceOf(InvalidAnswerException.class).hasMessageContaining(reason);
    }

    @Test
    void commandLineTextIsWhatAnswerSetTakes() throws Exception {
        assertThat(AnswerCodec.toCommandLineText(new AnswerValue.Text("plain text"))).isEqualTo("plain text");
        assertThat(AnswerCodec.toCommandLineText(AnswerValue.Choice.of("yes"))).isEqualTo("yes");
        assertThat(AnswerCodec.toCommandLineText(new AnswerValue.Choices(List.of(AnswerValue.Choice.of("ai")))))
                .isEqualTo("[\"ai\"]");
        assertThat(AnswerCodec.toCommandLineText(new AnswerValue.Choice("other", "x"))).isEqualTo("{\"option\":\"other\",\"text\":\"x\"}");
    }
}
