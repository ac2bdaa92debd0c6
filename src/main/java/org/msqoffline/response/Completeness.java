package org.msqoffline.response;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.msqoffline.questionnaire.Item;

/** The result of checking a response: what is missing or invalid, and progress per section. */
public record Completeness(List<Problem> problems, List<SectionProgress> sections, Set<String> shownItemIds) {
    public Completeness {
        problems = List.copyOf(problems);
        sections = List.copyOf(sections);
        shownItemIds = Set.copyOf(shownItemIds);
    }

    public boolean complete() {
        return problems.isEmpty();
    }

    public int requiredCount() {
        return sections.stream().mapToInt(SectionProgress::required).sum();
    }

    public int answeredRequiredCount() {
        return sections.stream().mapToInt(SectionProgress::answeredRequired).sum();
    }

    /** Items with an answer that counts (shown), required or not. */
    public int answeredCount() {
        return sections.stream().mapToInt(SectionProgress::answered).sum();
    }

    public double fraction() {
        return new Progress(answeredRequiredCount(), requiredCount()).fraction();
    }

    /**
     * The required answers among some items only (those a delegation hands over): each required item shown counts,
     * answered when it has no problem (a required item shown without an answer has one).
     */
    public Progress progressOf(Predicate<Item> counted) {
        Set<String> withProblem = problems.stream().map(p -> p.item().id()).collect(Collectors.toSet());
        List<Item> required = sections.stream().flatMap(s -> s.section().items().stream())
                .filter(item -> item.requiredWhenShown() && isShown(item.id()) && counted.test(item)).toList();
        int answered = (int) required.stream().filter(item -> !withProblem.contains(item.id())).count();
        return new Progress(answered, required.size());
    }

    /** Required answers given, of those required. */
    public record Progress(int answeredRequired, int required) {
        /** 0.0 to 1.0; nothing required is complete. */
        public double fraction() {
            return required == 0 ? 1.0 : (double) answeredRequired / required;
        }
    }

    public List<Problem> missing() {
        return problems.stream().filter(p -> p.kind().isMissing()).toList();
    }

    public List<Problem> invalid() {
        return problems.stream().filter(p -> p.kind().isInvalid()).toList();
    }

    /** Shown answers carried from an earlier edition, still to confirm. */
    public List<Problem> unconfirmed() {
        return problems.stream().filter(p -> p.kind() == ProblemKind.UNCONFIRMED).toList();
    }

    public boolean isShown(String itemId) {
        return shownItemIds.contains(itemId);
    }
}
