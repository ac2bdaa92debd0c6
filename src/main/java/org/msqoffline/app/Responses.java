package org.msqoffline.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msqoffline.exchange.AtomicFile;
import org.msqoffline.exchange.InvalidSubmissionException;
import org.msqoffline.exchange.Submission;
import org.msqoffline.exchange.SubmissionJson;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Answers;
import org.msqoffline.response.CarryForward;
import org.msqoffline.response.Completeness;
import org.msqoffline.response.CompletenessCheck;
import org.msqoffline.response.Country;
import org.msqoffline.response.Delegation;
import org.msqoffline.response.HistoryEntry;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.response.UnMemberStates;
import org.msqoffline.store.DataFolder;

/**
 * What can be done to responses, for the desktop app and the command line alike: create, import,
 * answer, check, export. Views and commands only call these.
 */
public final class Responses {
    private final DataFolder data;
    private final Definitions definitions;
    private final Clock clock;

    public Responses(DataFolder data) {
        this.data = data;
        this.definitions = new Definitions(data);
        this.clock = data.clock();
    }

    public Definitions definitions() {
        return definitions;
    }

    public ResponseInfo create(String iso3, String questionnaireReference) {
        Country country = UnMemberStates.byIso3(iso3).orElseThrow(() -> UserInputException.of("response.unknownCountry", iso3));
        return data.responses().create(country, definitions.resolve(questionnaireReference));
    }

    public List<ResponseInfo> list() {
        return data.responses().list();
    }

    /** Responses moved to the bin, which can be restored. */
    public List<ResponseInfo> bin() {
        return data.responses().bin();
    }

    public ResponseInfo duplicate(ResponseInfo response, String contributor) {
        return data.responses().duplicate(response.id(), contributor);
    }

    public void moveToBin(ResponseInfo response) {
        data.responses().moveToBin(response.id());
    }

    public void restoreFromBin(ResponseInfo response) {
        data.responses().restoreFromBin(response.id());
    }

    /** Imports the shipped Azerbaijan 2024 answers as a new response, to look around. */
    public ResponseInfo importSample(String contributor) {
        try {
            return importSubmission(SampleData.azerbaijan2024(), contributor);
        } catch (InvalidSubmissionException e) {
            throw new IllegalStateException("the shipped sample does not import: " + e.getMessage(), e);
        }
    }

    public ResponseInfo get(String id) {
        return data.responses().get(id).orElseThrow(() -> UserInputException.of("response.unknownId", id));
    }

    public Questionnaire questionnaireOf(ResponseInfo response) {
        return definitions.bySha256(response.questionnaireSha256());
    }

    public Answers answers(ResponseInfo response) {
        return data.answers().load(response.id(), questionnaireOf(response));
    }

    public Completeness check(ResponseInfo response) {
        return CompletenessCheck.check(questionnaireOf(response), answers(response));
    }

    public Item item(ResponseInfo response, String itemId) {
        Questionnaire questionnaire = questionnaireOf(response);
        return questionnaire.item(itemId).orElseThrow(() -> UserInputException.of("response.unknownItem", itemId, questionnaire.label()));
    }

    /**
     * Sets (or clears, with null) one answer; returns once it is durable. False when nothing changed.
     * In a response opened from a delegation, only the delegated items can be changed.
     */
    public boolean setAnswer(ResponseInfo response, Item item, AnswerValue value, String contributor) {
        if (!isEditable(response, item)) {
            throw UserInputException.of("response.itemNotDelegated", item.number());
        }
        return data.answers().set(response.id(), item.id(), value, contributor);
    }

    /** The delegation this response answers, when it is a colleague's part of someone else's response. */
    public Optional<Delegation> receivedDelegation(ResponseInfo response) {
        return data.delegations().received(response.id());
    }

    /** Whether the item can be changed here: always, except outside the delegated items of a received delegation. */
    public boolean isEditable(ResponseInfo response, Item item) {
        return data.delegations().received(response.id()).map(delegation -> delegation.covers(item.id())).orElse(true);
    }

    public Optional<AnswerValue> answer(ResponseInfo response, String itemId) {
        return answers(response).get(itemId);
    }

    public List<HistoryEntry> history(ResponseInfo response, String itemId) {
        return data.answers().history(response.id(), itemId);
    }

    /**
     * Imports a submission as a new response. Strict: an unknown definition, country, item, option or a
     * wrong type refuses the whole file and writes nothing.
     */
    public ResponseInfo importSubmission(byte[] bytes, String contributor) throws InvalidSubmissionException {
        Submission submission = SubmissionJson.parse(bytes);
        data.questionnaires().ensureBundled();
        Questionnaire questionnaire = data.questionnaires().get(submission.questionnaireSha256())
                .orElseThrow(() -> new InvalidSubmissionException(UserMessage.of("submissionFile.unknownQuestionnaire",
                        submission.questionnaireId(), submission.edition(), submission.version(),
                        submission.questionnaireSha256().substring(0, 12))));
        Country country = UnMemberStates.byIso3(submission.countryIso3()).orElseThrow(() -> new InvalidSubmissionException(
                UserMessage.of("submissionFile.unknownCountry", submission.countryIso3())));
        Map<String, AnswerValue> answers = SubmissionJson.answers(submission, questionnaire);
        return data.responses().create(country, questionnaire, answers, contributor);
    }

    /**
     * Imports a file as a new response, whatever it is: a signed package (.asice) or signed PDF copy is
     * restored, a delegation file (.msqd) opens the delegated part, anything else is read as submission JSON.
     * The command line's {@code response import} and the desktop app both call this.
     */
    public ResponseInfo importFile(String fileName, byte[] bytes, String contributor) throws InvalidSubmissionException {
        if (org.msqoffline.exchange.PackageVerifier.isPackageOrPdf(bytes)) {
            return new Contributions(data, this).restore(fileName, bytes, contributor);
        }
        if (org.msqoffline.exchange.DelegationFile.isDelegation(bytes)) {
            return new Delegations(data, this).importDelegation(bytes, contributor);
        }
        return importSubmission(bytes, contributor);
    }

    /**
     * Starts a response on another definition (usually the next edition), pre-filled with the answers of
     * {@code earlier} that still fit; they are marked "to confirm" until confirmed or edited.
     */
    public CarriedForward carryForward(ResponseInfo earlier, String questionnaireReference, String contributor) {
        Questionnaire from = questionnaireOf(earlier);
        Questionnaire to = definitions.resolve(questionnaireReference);
        if (to.sha256().equals(from.sha256())) {
            throw UserInputException.of("carryForward.sameEdition", to.label());
        }
        CarryForward.Result plan = CarryForward.plan(from, answers(earlier), to);
        ResponseInfo created = data.responses().createCarriedForward(earlier, from.edition(), to, plan.carried(), contributor);
        return new CarriedForward(created, plan.carried().size(), plan.dropped());
    }

    /** A response started from an earlier one: how many answers came along, and which were left behind. */
    public record CarriedForward(ResponseInfo response, int carried, List<CarryForward.Dropped> dropped) {
    }

    /** For carried-forward answers not yet confirmed: the edition each came from, by item id. */
    public Map<String, String> carriedFrom(ResponseInfo response) {
        return data.answers().carriedFrom(response.id());
    }

    /** Confirms a carried-forward answer as it is; false when it was not awaiting confirmation. */
    public boolean confirm(ResponseInfo response, Item item) {
        return data.answers().confirm(response.id(), item.id());
    }

    /** The submission JSON of a response, as exported. */
    public byte[] submissionJson(ResponseInfo response) {
        Questionnaire questionnaire = questionnaireOf(response);
        Answers answers = answers(response);
        return SubmissionJson.bytes(SubmissionJson.build(questionnaire, response, answers,
                CompletenessCheck.check(questionnaire, answers), clock.instant()));
    }

    public void exportJson(ResponseInfo response, Path target) throws IOException {
        AtomicFile.write(target, submissionJson(response));
    }
}
