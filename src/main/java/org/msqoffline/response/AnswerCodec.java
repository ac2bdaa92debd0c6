package org.msqoffline.response;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.ChoiceOption;
import org.msqoffline.questionnaire.Item;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The one mapping between answers and the submission format: a string for text items, an option id
 * for a single choice, an array for a multiple choice, {"option", "text"} for a free-text option.
 * Reading is strict: a value of the wrong shape or an unknown option is refused with a reason.
 */
public final class AnswerCodec {
    private AnswerCodec() {
    }

    public static JsonNode toJson(AnswerValue value) {
        if (value instanceof AnswerValue.Text text) {
            return StringNode.valueOf(text.text());
        }
        if (value instanceof AnswerValue.Choice choice) {
            return choiceJson(choice);
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        ((AnswerValue.Choices) value).choices().forEach(choice -> array.add(choiceJson(choice)));
        return array;
    }

    /** The value as `answer set` takes it back: text as is, other values as compact JSON. */
    public static String toCommandLineText(AnswerValue value) {
        if (value instanceof AnswerValue.Text text) {
            return text.text();
        }
        if (value instanceof AnswerValue.Choice choice && choice.freeText() == null) {
            return choice.optionId();
        }
        return new String(Json.canonical(toJson(value)), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Compact JSON, as stored in the database and in the history. */
    public static String toStoredJson(AnswerValue value) {
        return new String(Json.canonical(toJson(value)), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static AnswerValue fromStoredJson(Item item, String json) throws InvalidAnswerException {
        return fromJson(item, Json.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Reads a value for the item; returns null for an empty answer (blank text, empty array),
     * which means "no answer".
     */
    public static AnswerValue fromJson(Item item, JsonNode node) throws InvalidAnswerException {
        switch (item.type()) {
            case TEXT, LONGTEXT, EMAIL, URL -> {
                if (!node.isString()) {
                    throw new InvalidAnswerException(UserMessage.of("answer.takesText", item.number(), describe(node)));
                }
                String text = node.asString();
                return text.isBlank() ? null : new AnswerValue.Text(text);
            }
            case SINGLE -> {
                return readChoice(item, node);
            }
            case MULTIPLE -> {
                if (!node.isArray()) {
                    throw new InvalidAnswerException(UserMessage.of("answer.takesOptionList", item.number(), describe(node)));
                }
                List<AnswerValue.Choice> choices = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (JsonNode element : node) {
                    AnswerValue.Choice choice = readChoice(item, element);
                    if (!seen.add(choice.optionId())) {
                        throw new InvalidAnswerException(UserMessage.of("answer.optionTwice", item.number(), choice.optionId()));
                    }
                    choices.add(choice);
                }
                // Keep the definition's order so the same choices always give the same bytes.
                choices.sort((a, b) -> Integer.compare(optionIndex(item, a.optionId()), optionIndex(item, b.optionId())));
                return choices.isEmpty() ? null : new AnswerValue.Choices(choices);
            }
            default -> throw new IllegalStateException("unhandled type " + item.type());
        }
    }

    private static AnswerValue.Choice readChoice(Item item, JsonNode node) throws InvalidAnswerException {
        String optionId;
        String freeText = null;
        if (node.isString()) {
            optionId = node.asString();
        } else if (node.isObject() && node.size() == 2 && node.path("option").isString() && node.path("text").isString()) {
            optionId = node.get("option").asString();
            freeText = node.get("text").asString();
        } else {
            throw new InvalidAnswerException(UserMessage.of("answer.takesOption", item.number(), "{\"option\", \"text\"}", describe(node)));
        }
        ChoiceOption option = item.option(optionId).orElseThrow(() -> new InvalidAnswerException(
                UserMessage.of("answer.unknownOption", item.number(), optionId, optionIds(item))));
        if (freeText != null && !option.freeText()) {
            throw new InvalidAnswerException(UserMessage.of("answer.optionTakesNoText", optionId, item.number()));
        }
        return new AnswerValue.Choice(optionId, freeText);
    }

    private static JsonNode choiceJson(AnswerValue.Choice choice) {
        if (choice.freeText() == null) {
            return StringNode.valueOf(choice.optionId());
        }
        ObjectNode object = Json.object();
        object.put("option", choice.optionId());
        object.put("text", choice.freeText());
        return object;
    }

    private static int optionIndex(Item item, String optionId) {
        for (int i = 0; i < item.options().size(); i++) {
            if (item.options().get(i).id().equals(optionId)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String optionIds(Item item) {
        return String.join(", ", item.options().stream().map(ChoiceOption::id).toList());
    }

    /** What kind of JSON value was given instead, said in the reader's language. */
    private static UserMessage describe(JsonNode node) {
        if (node.isArray()) {
            return UserMessage.of("answer.kind.list");
        }
        if (node.isObject()) {
            return UserMessage.of("answer.kind.object");
        }
        if (node.isNumber()) {
            return UserMessage.of("answer.kind.number");
        }
        if (node.isBoolean()) {
            return UserMessage.of("answer.kind.boolean");
        }
        if (node.isNull()) {
            return UserMessage.saying("null");
        }
        return UserMessage.of("answer.kind.text");
    }
}
