package org.msqoffline.response;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.msqoffline.questionnaire.Condition;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.Section;

/**
 * The completeness rules, in one place for the desktop app, the command line and export: a required
 * item is missing when empty; a follow-up counts only while shown, and must then be answered; emails,
 * web addresses and lengths are checked; an answer carried from an earlier edition counts once confirmed.
 * Hidden items keep their answers but never count.
 */
public final class CompletenessCheck {
    // A name without spaces or list punctuation, then a domain of dotted labels of letters, digits and hyphens
    // (any script): "wanjiku@ict,go.ke" was taken as an address when any character but "@", "." and spaces was.
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;:<>()\\[\\]\\\\\"]+@" + LABEL + "(?:\\." + LABEL + ")+$");

    private CompletenessCheck() {
    }

    public static Completeness check(Questionnaire questionnaire, Answers answers) {
        Set<String> shown = shownItems(questionnaire, answers);
        List<Problem> problems = new ArrayList<>();
        List<SectionProgress> progress = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            int required = 0;
            int answeredRequired = 0;
            int answered = 0;
            int sectionProblems = 0;
            for (Item item : section.items()) {
                if (!shown.contains(item.id())) {
                    continue;
                }
                Optional<AnswerValue> value = answers.get(item.id());
                Optional<ProblemKind> problem = value.isPresent() ? invalidity(item, value.get())
                        : item.requiredWhenShown() ? Optional.of(ProblemKind.MISSING) : Optional.empty();
                if (problem.isEmpty() && answers.isUnconfirmed(item.id())) {
                    problem = Optional.of(ProblemKind.UNCONFIRMED);
                }
                problem.ifPresent(kind -> problems.add(new Problem(item, kind)));
                sectionProblems += problem.isPresent() ? 1 : 0;
                boolean answeredValidly = value.isPresent() && problem.isEmpty();
                answered += answeredValidly ? 1 : 0;
                if (item.requiredWhenShown()) {
                    required++;
                    answeredRequired += answeredValidly ? 1 : 0;
                }
            }
            progress.add(new SectionProgress(section, answeredRequired, required, answered, sectionProblems));
        }
        return new Completeness(problems, progress, shown);
    }

    /** Items whose condition holds; a follow-up of a hidden item is hidden too. */
    public static Set<String> shownItems(Questionnaire questionnaire, Answers answers) {
        Set<String> shown = new HashSet<>();
        for (Item item : questionnaire.items()) {
            Optional<Condition> condition = item.condition();
            if (condition.isEmpty() || holds(condition.get(), answers, shown)) {
                shown.add(item.id());
            }
        }
        return shown;
    }

    /** Whether the item is shown given the answers (conditions point only to earlier items). */
    public static boolean isShown(Questionnaire questionnaire, Answers answers, String itemId) {
        return shownItems(questionnaire, answers).contains(itemId);
    }

    private static boolean holds(Condition condition, Answers answers, Set<String> shownSoFar) {
        if (!shownSoFar.contains(condition.itemId())) {
            return false;
        }
        Optional<AnswerValue> value = answers.get(condition.itemId());
        return value.isPresent() && condition.anyOf().stream().anyMatch(value.get()::selects);
    }

    /** What is wrong with a present answer, if anything. */
    public static Optional<ProblemKind> invalidity(Item item, AnswerValue value) {
        if (value instanceof AnswerValue.Text text) {
            String trimmed = text.text().strip();
            if (item.maxLength() != null && text.text().codePointCount(0, text.text().length()) > item.maxLength()) {
                return Optional.of(ProblemKind.TOO_LONG);
            }
            switch (item.type()) {
                case EMAIL -> {
                    return EMAIL.matcher(trimmed).matches() ? Optional.empty() : Optional.of(ProblemKind.NOT_AN_EMAIL);
                }
                case URL -> {
                    return isWebAddress(trimmed) ? Optional.empty() : Optional.of(ProblemKind.NOT_A_URL);
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        List<AnswerValue.Choice> choices = value instanceof AnswerValue.Choice choice ? List.of(choice)
                : ((AnswerValue.Choices) value).choices();
        for (AnswerValue.Choice choice : choices) {
            boolean needsText = item.option(choice.optionId()).map(o -> o.freeText()).orElse(false);
            if (needsText && (choice.freeText() == null || choice.freeText().isBlank())) {
                return Optional.of(ProblemKind.FREE_TEXT_MISSING);
            }
            if (choice.freeText() != null && item.maxLength() != null && choice.freeText().length() > item.maxLength()) {
                return Optional.of(ProblemKind.TOO_LONG);
            }
        }
        return Optional.empty();
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
