package org.msqoffline.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msqoffline.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class QuestionnaireLoaderTest {
    private final QuestionnaireLoader loader = new QuestionnaireLoader();

    static ObjectNode smallDefinition() {
        try (InputStream in = QuestionnaireLoaderTest.class.getResourceAsStream("small-definition.json")) {
            return (ObjectNode) Json.read(in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        return Json.pretty(node);
    }

    @Test
    void loadsAValidDefinitionWithTranslationsAndFallback() throws Exception {
        Questionnaire questionnaire = loader.load(bytes(smallDefinition()));
        assertThat(questionnaire.items()).hasSize(9);
        Item law = questionnaire.item("law").orElseThrow();
        assertThat(law.text().in("fr")).isEqualTo("Y a-t-il une loi ?");
        assertThat(law.text().in("ar")).isEqualTo("Is there a law?");
        assertThat(law.text().in("fr-CA")).isEqualTo("Y a-t-il une loi ?");
        assertThat(questionnaire.sectionOf("notes").id()).isEqualTo("two");
        assertThat(questionnaire.reference()).isEqualTo("test-2026");
    }

    @Test
    void digestIgnoresFormattingAndKeyOrderButNotContent() throws Exception {
        ObjectNode definition = smallDefinition();
        String compact = new String(Json.canonical(definition), StandardCharsets.UTF_8);
        Questionnaire pretty = loader.load(bytes(definition));
        Questionnaire dense = loader.load(compact.getBytes(StandardCharsets.UTF_8));
        assertThat(dense.sha256()).isEqualTo(pretty.sha256());
        definition.put("version", "1.0.1");
        assertThat(loader.load(bytes(definition)).sha256()).isNotEqualTo(pretty.sha256());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate item id             | /sections/1/items/1/id          | law          | law    | is used twice
            condition on a later item     | /sections/0/items/4/showIf/item | topics       | law-details | not an earlier item
            condition on itself           | /sections/0/items/4/showIf/item | law-details  | law-details | refers to the item itself
            condition on unknown item     | /sections/0/items/4/showIf/item | nowhere      | law-details | not an earlier item
            condition on a text item      | /sections/0/items/4/showIf/item | name         | law-details | not a choice item
            condition on unknown option   | /sections/0/items/4/showIf/anyOf/0 | maybe     | law-details | has no option "maybe"
            duplicate option id           | /sections/0/items/3/options/1/id | yes         | law    | is used twice in this item
            """)
    void semanticErrorsNameTheItemAndPointer(String description, String pointer, String value, String itemId, String message) {
        ObjectNode definition = smallDefinition();
        if (pointer.endsWith("/id") && pointer.contains("/options/")) {
            ((ObjectNode) definition.at(pointer.substring(0, pointer.length() - 3))).put("id", value);
        } else if (pointer.endsWith("/showIf/anyOf/0")) {
            ((ArrayNode) definition.at(pointer.substring(0, pointer.length() - 2))).set(0, value);
        } else {
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            ((ObjectNode) definition.at(parent)).put(field, value);
        }
        assertThatThrownBy(() -> loader.load(bytes(definition)))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .extracting(e -> ((InvalidQuestionnaireException) e).problems(), InstanceOfAssertFactories.list(DefinitionProblem.class))
                .anySatisfy(problem -> {
                    assertThat(problem.itemId()).isEqualTo(itemId);
                    assertThat(problem.pointer()).isEqualTo(pointer);
                    assertThat(problem.message().english()).contains(message);
                });
    }

    @Test
    void schemaErrorsNameTheItemAndPointer() {
        ObjectNode definition = smallDefinition();
        ((ObjectNode) definition.at("/sections/0/items/2")).put("type", "slider");
        ((ObjectNode) definition.at("/sections/1/items/1/text")).remove("en");
        ((ObjectNode) definition.at("/sections/1/items/1/text")).put("fr", "Notes");
        InvalidQuestionnaireException error = org.junit.jupiter.api.Assertions.assertThrows(InvalidQuestionnaireException.class,
                () -> loader.load(bytes(definition)));
        assertThat(error.problems()).anySatisfy(p -> {
            assertThat(p.itemId()).isEqualTo("site");
            assertThat(p.pointer()).isEqualTo("/sections/0/items/2/type");
        });
        assertThat(error.problems()).anySatisfy(p -> {
            assertThat(p.itemId()).isEqualTo("notes");
            assertThat(p.pointer()).startsWith("/sections/1/items/1/text");
            assertThat(p.message().english()).contains("en");
        });
    }

    @Test
    void choiceItemsNeedOptionsAndTextItemsHaveNone() {
        ObjectNode definition = smallDefinition();
        ((ObjectNode) definition.at("/sections/1/items/0")).remove("options");
        assertThatThrownBy(() -> loader.load(bytes(definition))).isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessageContaining("topics");
    }

    @Test
    void blankEnglishTextIsRefused() {
        ObjectNode definition = smallDefinition();
        ((ObjectNode) definition.at("/sections/0/items/0/text")).put("en", "   ");
        assertThatThrownBy(() -> loader.load(bytes(definition))).isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessageContaining("English text is empty");
    }

    @Test
    void previousIdsMustPointToItemsOfThisDefinition() {
        ObjectNode definition = smallDefinition();
        definition.putObject("previousIds").put("old-name", "gone");
        assertThatThrownBy(() -> loader.load(bytes(definition))).isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessageContaining("/previousIds/old-name");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {                           | not valid JSON
            ''                          | empty
            [1, 2]                      | /
            {"format": "something/9"}   | /format
            """)
    void unusableFilesGiveOneClearProblem(String content, String expected) {
        assertThatThrownBy(() -> loader.load(content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void deepNestingIsRefusedWithoutCrashing() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> loader.load(deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidQuestionnaireException.class).hasMessageContaining("not valid JSON");
    }
}
