package org.msqoffline.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped MSQ 2024 definition against the Microsoft Forms export it was transcribed from: every
 * numbered question, in order, with its wording, required marker and [NEW] marker.
 */
class Msq2024TranscriptionTest {
    /** A numbered question line of the export: optional heading/bold markers, number, text. */
    private static final Pattern QUESTION = Pattern.compile("^(?:#+ )?(?:\\*\\*)?(\\d{1,3})\\. (.+)$");

    private static Questionnaire msq;
    private static List<SeedQuestion> seed;

    record SeedQuestion(int number, String text, boolean required, boolean isNew) {
    }

    @BeforeAll
    static void load() throws IOException {
        msq = new QuestionnaireLoader().loadBundled();
        seed = seedQuestions();
    }

    @Test
    void theShippedDefinitionPassesTheFullCheckIncludingItsSchema() throws Exception {
        Questionnaire checked = new QuestionnaireLoader().load(QuestionnaireLoader.bundledBytes(QuestionnaireLoader.BUNDLED_MSQ_2024));
        assertThat(checked.sha256()).isEqualTo(msq.sha256());
    }

    @Test
    void hasTheHundredAndTwentySixNumberedItemsInOrder() {
        assertThat(msq.items()).hasSize(126);
        assertThat(msq.items()).extracting(Item::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 126).mapToObj(String::valueOf).toList());
        assertThat(seed).extracting(SeedQuestion::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 126).boxed().toList());
    }

    @Test
    void everyItemHasTheExportsWording() {
        for (SeedQuestion question : seed) {
            Item item = byNumber(question.number());
            // Grouped items (8 to 12, 85 to 91) carry the group's question as the heading of their first item.
            String shown = item.headingText().map(LocalizedText::english).filter(question.text()::equals).orElse(item.text().english());
            assertThat(shown).as("item %d", question.number()).isEqualTo(question.text());
        }
    }

    @Test
    void requiredMarkersMatchTheExport() {
        for (SeedQuestion question : seed) {
            assertThat(byNumber(question.number()).required()).as("required flag of item %d", question.number())
                    .isEqualTo(question.required());
        }
        assertThat(msq.items().stream().filter(Item::required).count()).isEqualTo(71);
    }

    @Test
    void newMarkersMatchTheExport() {
        for (SeedQuestion question : seed) {
            assertThat(byNumber(question.number()).isNew()).as("[NEW] of item %d", question.number()).isEqualTo(question.isNew());
        }
    }

    @Test
    void sectionsAreContactAToGAndConsent() {
        assertThat(msq.sections()).extracting(Section::id).containsExactly("contact", "a", "b", "c", "d", "e", "f", "g", "consent");
        assertThat(msq.sections()).extracting(s -> s.items().get(0).number())
                .containsExactly("1", "7", "33", "37", "59", "100", "117", "123", "126");
        assertThat(msq.section("b").orElseThrow().isNew()).isTrue();
        assertThat(msq.section("g").orElseThrow().isNew()).isTrue();
    }

    @Test
    void everyIfYesFollowUpIsConditionalOnTheQuestionBeforeIt() {
        List<Item> items = msq.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String text = item.text().english();
            if (text.startsWith("If yes") || text.startsWith("Please provide link") || text.startsWith("Please provide links")) {
                Item parent = item.condition().map(c -> msq.item(c.itemId()).orElseThrow()).orElse(null);
                assertThat(parent).as("condition of item %s", item.number()).isNotNull();
                assertThat(parent.type()).isEqualTo(ItemType.SINGLE);
                assertThat(Integer.parseInt(parent.number())).as("parent of item %s", item.number())
                        .isBetween(Integer.parseInt(item.number()) - 2, Integer.parseInt(item.number()) - 1);
                assertThat(item.showIf().anyOf()).contains("yes");
            }
        }
        long conditional = items.stream().filter(i -> i.condition().isPresent()).count();
        assertThat(conditional).isEqualTo(46);
    }

    @Test
    void choiceItemsHaveTheExportsOptions() {
        Map<String, List<String>> optionsByNumber = msq.items().stream().filter(i -> i.type().isChoice())
                .collect(Collectors.toMap(Item::number, i -> i.options().stream().map(o -> o.label().english()).toList()));
        assertThat(optionsByNumber.get("14")).containsExactly("Yes", "No");
        assertThat(optionsByNumber.get("33")).containsExactly("Yes", "No", "Other");
        assertThat(optionsByNumber.get("60")).containsExactly("Two-year", "Three-year", "Five-year", "Ten-year", "Other");
        assertThat(optionsByNumber.get("81")).containsExactly("Yes", "Maybe");
        assertThat(optionsByNumber.get("6")).hasSize(5).first().asString().startsWith("I am authorized and fully knowledgeable");
        assertThat(byNumber(6).type()).isEqualTo(ItemType.MULTIPLE);
        assertThat(byNumber(33).option("other").orElseThrow().freeText()).isTrue();
        assertThat(byNumber(60).option("other").orElseThrow().freeText()).isTrue();
        assertThat(byNumber(126).options()).extracting(ChoiceOption::id).containsExactly("yes", "no");
    }

    @Test
    void keepsTheNotesAndIntroduction() {
        assertThat(byNumber(49).noteText().orElseThrow().english()).contains("SDG Indicator 16.6.1");
        assertThat(byNumber(7).noteText().orElseThrow().english()).contains("used interchangeably");
        assertThat(msq.introduction().orElseThrow().english()).startsWith("The objective of this questionnaire");
        assertThat(msq.notes()).extracting(LocalizedText::english).anyMatch(n -> n.contains("loschm@un.org"));
    }

    private static Item byNumber(int number) {
        return msq.items().stream().filter(i -> i.number().equals(String.valueOf(number))).findFirst().orElseThrow();
    }

    private static List<SeedQuestion> seedQuestions() throws IOException {
        String text;
        try (InputStream in = Msq2024TranscriptionTest.class.getResourceAsStream("/org/msqoffline/seed/msq-2024-azerbaijan-export.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<SeedQuestion> questions = new ArrayList<>();
        int expected = 1;
        for (String line : text.lines().toList()) {
            Matcher matcher = QUESTION.matcher(line.strip());
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) == expected) {
                String raw = matcher.group(2);
                boolean required = raw.endsWith("\\*");
                boolean isNew = raw.contains("[NEW]");
                String clean = raw.replace("**", "").replace("\\* [NEW]", "").replace("[NEW]", "").replace("\\*", "");
                // Removing "[NEW]" from "services [NEW]:" leaves a space before the colon.
                clean = clean.replaceFirst("^- ", "").replaceAll("\\s+", " ").replace(" :", ":").strip();
                questions.add(new SeedQuestion(expected, clean, required, isNew));
                expected++;
            }
        }
        // Item 126's marker stands alone on the line after its question in the export.
        SeedQuestion consent = questions.get(125);
        questions.set(125, new SeedQuestion(126, consent.text(), true, consent.isNew()));
        return questions;
    }
}
