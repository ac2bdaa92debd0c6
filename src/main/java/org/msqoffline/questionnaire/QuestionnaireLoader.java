package org.msqoffline.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.json.Json;
import org.msqoffline.json.JsonProblem;
import org.msqoffline.json.JsonReadException;
import org.msqoffline.json.SchemaCheck;
import tools.jackson.databind.JsonNode;

/**
 * Reads a questionnaire definition: JSON Schema check first, then the rules a schema cannot say
 * (unique ids, conditions pointing to an earlier item and an existing option). Every problem names
 * the item and a JSON pointer.
 */
public final class QuestionnaireLoader {
    /** The definition shipped with the application: the MSQ 2024. */
    public static final String BUNDLED_MSQ_2024 = "msq-2024.json";

    /** Built on first use: the schema validator costs start-up time that trusted definitions need not pay. */
    private static final class Schema {
        static final SchemaCheck CHECK = SchemaCheck.fromResource(QuestionnaireLoader.class, "questionnaire.schema.json");
    }

    /** Reads and fully checks a definition from outside: JSON Schema, then the semantic rules. */
    public Questionnaire load(byte[] bytes) throws InvalidQuestionnaireException {
        return load(bytes, true);
    }

    /**
     * Reads a definition that already passed {@link #load} (the one shipped in the jar, tested at build
     * time, or one stored after its import): the semantic rules still run, the schema check does not.
     */
    public Questionnaire loadTrusted(byte[] bytes) throws InvalidQuestionnaireException {
        return load(bytes, false);
    }

    private Questionnaire load(byte[] bytes, boolean schemaCheck) throws InvalidQuestionnaireException {
        JsonNode root;
        try {
            root = Json.read(bytes);
        } catch (JsonReadException e) {
            throw new InvalidQuestionnaireException(List.of(new DefinitionProblem(null, "", e.userMessage())));
        }
        List<DefinitionProblem> problems = new ArrayList<>();
        if (schemaCheck) {
            for (JsonProblem problem : Schema.CHECK.check(root)) {
                problems.add(new DefinitionProblem(itemIdAt(root, problem.pointer()), problem.pointer(), problem.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionnaireException(problems);
        }
        Questionnaire questionnaire = toQuestionnaire(root);
        problems.addAll(semanticProblems(questionnaire));
        if (!problems.isEmpty()) {
            throw new InvalidQuestionnaireException(problems);
        }
        return questionnaire;
    }

    /** The MSQ 2024 definition shipped in the jar. */
    public Questionnaire loadBundled() {
        return loadResource(BUNDLED_MSQ_2024);
    }

    /** The shipped definition's bytes, as written in the jar. */
    public static byte[] bundledBytes(String resource) {
        try (InputStream in = QuestionnaireLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled definition missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Questionnaire loadResource(String resource) {
        try {
            return loadTrusted(bundledBytes(resource));
        } catch (InvalidQuestionnaireException e) {
            throw new IllegalStateException("the bundled definition " + resource + " is invalid: " + e.getMessage(), e);
        }
    }

    private static Questionnaire toQuestionnaire(JsonNode root) {
        List<Section> sections = new ArrayList<>();
        for (JsonNode section : root.get("sections")) {
            List<Item> items = new ArrayList<>();
            for (JsonNode item : section.get("items")) {
                items.add(toItem(item));
            }
            sections.add(new Section(section.get("id").asString(), optionalString(section, "letter"),
                    text(section.get("title")), section.path("new").asBoolean(false), text(section.get("note")), items));
        }
        List<LocalizedText> notes = new ArrayList<>();
        root.path("notes").forEach(note -> notes.add(text(note)));
        Map<String, String> previousIds = new LinkedHashMap<>();
        JsonNode previous = root.path("previousIds");
        previous.propertyNames().forEach(old -> previousIds.put(old, previous.get(old).asString()));
        return new Questionnaire(root.get("id").asString(), root.get("edition").asString(), root.get("version").asString(),
                text(root.get("title")), text(root.get("introduction")), notes, previousIds, sections,
                Json.sha256(Json.canonical(root)));
    }

    private static Item toItem(JsonNode item) {
        List<ChoiceOption> options = new ArrayList<>();
        item.path("options").forEach(option -> options.add(new ChoiceOption(option.get("id").asString(),
                text(option.get("label")), option.path("freeText").asBoolean(false))));
        Condition condition = null;
        JsonNode showIf = item.get("showIf");
        if (showIf != null) {
            List<String> anyOf = new ArrayList<>();
            showIf.get("anyOf").forEach(id -> anyOf.add(id.asString()));
            condition = new Condition(showIf.get("item").asString(), anyOf);
        }
        JsonNode maxLength = item.get("maxLength");
        return new Item(item.get("id").asString(), item.get("number").asString(), ItemType.fromCode(item.get("type").asString()),
                item.path("required").asBoolean(false), item.path("new").asBoolean(false), text(item.get("heading")),
                text(item.get("text")), text(item.get("note")), options, condition,
                maxLength == null ? null : maxLength.asInt());
    }

    private static LocalizedText text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        node.propertyNames().forEach(language -> texts.put(language, node.get(language).asString()));
        return new LocalizedText(texts);
    }

    private static String optionalString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? null : value.asString();
    }

    private static List<DefinitionProblem> semanticProblems(Questionnaire questionnaire) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        Map<String, Item> earlier = new HashMap<>();
        List<Section> sections = questionnaire.sections();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String sectionPointer = "/sections/" + s;
            if (!sectionIds.add(section.id())) {
                problems.add(new DefinitionProblem(null, sectionPointer + "/id", UserMessage.of("definition.sectionIdTwice", section.id())));
            }
            blankEnglish(section.title(), null, sectionPointer + "/title", problems);
            for (int i = 0; i < section.items().size(); i++) {
                Item item = section.items().get(i);
                String pointer = sectionPointer + "/items/" + i;
                if (earlier.containsKey(item.id())) {
                    problems.add(new DefinitionProblem(item.id(), pointer + "/id", UserMessage.of("definition.itemIdTwice", item.id())));
                }
                blankEnglish(item.text(), item.id(), pointer + "/text", problems);
                checkOptions(item, pointer, problems);
                item.condition().ifPresent(condition -> checkCondition(item, condition, earlier, pointer, problems));
                earlier.putIfAbsent(item.id(), item);
            }
        }
        questionnaire.previousIds().forEach((old, current) -> {
            if (!earlier.containsKey(current)) {
                problems.add(new DefinitionProblem(null, "/previousIds/" + old,
                        UserMessage.of("definition.previousIdUnknown", old, current)));
            }
        });
        return problems;
    }

    private static void checkOptions(Item item, String pointer, List<DefinitionProblem> problems) {
        Set<String> optionIds = new HashSet<>();
        for (int o = 0; o < item.options().size(); o++) {
            ChoiceOption option = item.options().get(o);
            if (!optionIds.add(option.id())) {
                problems.add(new DefinitionProblem(item.id(), pointer + "/options/" + o + "/id",
                        UserMessage.of("definition.optionIdTwice", option.id())));
            }
            blankEnglish(option.label(), item.id(), pointer + "/options/" + o + "/label", problems);
        }
    }

    private static void checkCondition(Item item, Condition condition, Map<String, Item> earlier, String pointer,
            List<DefinitionProblem> problems) {
        Item target = earlier.get(condition.itemId());
        if (target == null) {
            UserMessage why = condition.itemId().equals(item.id()) ? UserMessage.of("definition.conditionOnItself")
                    : UserMessage.of("definition.conditionOnLaterItem", condition.itemId());
            problems.add(new DefinitionProblem(item.id(), pointer + "/showIf/item", why));
            return;
        }
        if (!target.type().isChoice()) {
            problems.add(new DefinitionProblem(item.id(), pointer + "/showIf/item",
                    UserMessage.of("definition.conditionOnNonChoice", target.id())));
            return;
        }
        for (int a = 0; a < condition.anyOf().size(); a++) {
            String optionId = condition.anyOf().get(a);
            if (target.option(optionId).isEmpty()) {
                problems.add(new DefinitionProblem(item.id(), pointer + "/showIf/anyOf/" + a,
                        UserMessage.of("definition.conditionOnUnknownOption", target.id(), optionId)));
            }
        }
    }

    private static void blankEnglish(LocalizedText text, String itemId, String pointer, List<DefinitionProblem> problems) {
        if (text.english().isBlank()) {
            problems.add(new DefinitionProblem(itemId, pointer + "/en", UserMessage.of("definition.englishEmpty")));
        }
    }

    /** The id of the item a schema error sits in, when the pointer points inside one. */
    private static String itemIdAt(JsonNode root, String pointer) {
        String[] parts = pointer.split("/");
        if (parts.length >= 5 && "sections".equals(parts[1]) && "items".equals(parts[3])) {
            JsonNode id = root.at("/sections/" + parts[2] + "/items/" + parts[4] + "/id");
            return id.isString() ? id.asString() : null;
        }
        return null;
    }
}
