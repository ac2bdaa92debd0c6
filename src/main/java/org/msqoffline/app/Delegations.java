package org.msqoffline.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.msqoffline.exchange.DelegationFile;
import org.msqoffline.exchange.InvalidSubmissionException;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.json.Json;
import org.msqoffline.json.JsonProblem;
import org.msqoffline.questionnaire.InvalidQuestionnaireException;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.QuestionnaireLoader;
import org.msqoffline.questionnaire.Section;
import org.msqoffline.response.AnswerCodec;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Answers;
import org.msqoffline.response.Country;
import org.msqoffline.response.Delegation;
import org.msqoffline.response.InvalidAnswerException;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.response.UnMemberStates;
import org.msqoffline.store.DataFolder;
import tools.jackson.databind.node.ObjectNode;

/**
 * Handing parts of a response to other agencies: the coordinator delegates items (a delegation file),
 * the colleague opens it as a response in which only those items can be changed.
 */
public final class Delegations {
    private final DataFolder data;
    private final Responses responses;

    public Delegations(DataFolder data, Responses responses) {
        this.data = data;
        this.responses = responses;
    }

    /** A delegation issued, and the bytes of its file. */
    public record Issued(Delegation delegation, byte[] file) {
    }

    /**
     * Delegates the named items and the items of the named sections (by letter or id) of a response to
     * {@code to}. Follow-ups of a delegated question come along, so "Yes" can be explained.
     */
    public Issued delegate(ResponseInfo response, List<String> itemIds, List<String> sections, String to, String by) {
        if (to == null || to.isBlank()) {
            throw UserInputException.of("delegate.recipientRequired");
        }
        if (data.delegations().received(response.id()).isPresent()) {
            throw UserInputException.of("delegate.received");
        }
        Questionnaire questionnaire = responses.questionnaireOf(response);
        Set<String> chosen = chosenItems(questionnaire, itemIds, sections);
        Answers answers = responses.answers(response);
        Delegation delegation = new Delegation(UUID.randomUUID().toString(), response.id(), List.copyOf(chosen), to.strip(),
                by, data.clock().instant());

        Map<String, String> base = new LinkedHashMap<>();
        ObjectNode handedOver = Json.object();
        for (Item item : questionnaire.items()) {
            Optional<AnswerValue> value = answers.get(item.id());
            boolean context = chosen.stream().anyMatch(id -> dependsOn(questionnaire, id, item.id()));
            if (value.isPresent() && (chosen.contains(item.id()) || context)) {
                handedOver.set(item.id(), AnswerCodec.toJson(value.get()));
                if (chosen.contains(item.id())) {
                    base.put(item.id(), AnswerCodec.toStoredJson(value.get()));
                }
            }
        }
        byte[] definition = data.questionnaires().canonicalJson(questionnaire.sha256()).orElseThrow();
        byte[] file = DelegationFile.write(delegation.toJson(), response.countryIso3(), response.countryName(),
                Json.read(definition), handedOver);
        data.delegations().recordIssued(delegation, base);
        return new Issued(delegation, file);
    }

    /** Opens a delegation file as a new local response limited to the delegated items. */
    public ResponseInfo importDelegation(byte[] bytes, String contributor) throws InvalidSubmissionException {
        DelegationFile.Contents contents = DelegationFile.read(bytes);
        Questionnaire questionnaire;
        try {
            questionnaire = new QuestionnaireLoader().load(Json.canonical(contents.questionnaire()));
        } catch (InvalidQuestionnaireException e) {
            throw new InvalidSubmissionException(UserMessage.of("delegate.definitionInvalid", e));
        }
        Delegation delegation = Delegation.fromJson(contents.delegation());
        List<JsonProblem> problems = new ArrayList<>();
        delegation.itemIds().stream().filter(id -> questionnaire.item(id).isEmpty())
                .forEach(id -> problems.add(new JsonProblem("/delegation/items", UserMessage.of("submissionFile.unknownItem", id))));
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        contents.answers().forEach((itemId, json) -> {
            Optional<Item> item = questionnaire.item(itemId);
            if (item.isEmpty()) {
                problems.add(new JsonProblem("/answers/" + itemId, UserMessage.of("submissionFile.unknownItem", itemId)));
                return;
            }
            try {
                AnswerValue value = AnswerCodec.fromJson(item.get(), json);
                if (value != null) {
                    answers.put(itemId, value);
                }
            } catch (InvalidAnswerException e) {
                problems.add(new JsonProblem("/answers/" + itemId, e.userMessage()));
            }
        });
        Country country = UnMemberStates.byIso3(contents.countryIso3()).orElse(null);
        if (country == null) {
            problems.add(new JsonProblem("/country/iso3", UserMessage.of("submissionFile.unknownCountry", contents.countryIso3())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        data.questionnaires().save(questionnaire, Json.canonical(contents.questionnaire()));
        return data.delegations().createReceived(delegation, country, questionnaire, answers, contributor, data.responses());
    }

    /** The delegation a response answers, when it is a colleague's part of someone else's response. */
    public Optional<Delegation> received(ResponseInfo response) {
        return data.delegations().received(response.id());
    }

    private static Set<String> chosenItems(Questionnaire questionnaire, List<String> itemIds, List<String> sections) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String sectionName : sections) {
            Section section = questionnaire.sections().stream()
                    .filter(s -> s.id().equalsIgnoreCase(sectionName) || sectionName.equalsIgnoreCase(s.letter()))
                    .findFirst().orElseThrow(() -> UserInputException.of("delegate.unknownSection", sectionName,
                            String.join(", ", questionnaire.sections().stream().map(s -> s.letter() == null ? s.id() : s.letter()).toList())));
            section.items().forEach(item -> chosen.add(item.id()));
        }
        for (String itemId : itemIds) {
            Item item = questionnaire.item(itemId.strip().toLowerCase(Locale.ROOT)).orElseThrow(
                    () -> UserInputException.of("response.unknownItem", itemId, questionnaire.label()));
            chosen.add(item.id());
        }
        if (chosen.isEmpty()) {
            throw UserInputException.of("delegate.nothingChosen");
        }
        // Follow-ups come with their question, in questionnaire order.
        Set<String> withFollowUps = new LinkedHashSet<>();
        for (Item item : questionnaire.items()) {
            if (chosen.contains(item.id()) || chosen.stream().anyMatch(id -> dependsOn(questionnaire, item.id(), id))) {
                withFollowUps.add(item.id());
            }
        }
        return withFollowUps;
    }

    /** Whether item {@code itemId}'s condition leads, directly or through other follow-ups, to {@code ancestorId}. */
    private static boolean dependsOn(Questionnaire questionnaire, String itemId, String ancestorId) {
        Optional<Item> current = questionnaire.item(itemId);
        while (current.isPresent() && current.get().condition().isPresent()) {
            String parent = current.get().showIf().itemId();
            if (parent.equals(ancestorId)) {
                return true;
            }
            current = questionnaire.item(parent);
        }
        return false;
    }
}
