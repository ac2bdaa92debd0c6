package org.msqoffline.app;

import java.util.List;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.InvalidQuestionnaireException;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.QuestionnaireLoader;
import org.msqoffline.store.DataFolder;

/** The questionnaire definitions of a data folder: the bundled MSQ 2024 and any imported edition. */
public final class Definitions {
    private final DataFolder data;

    public Definitions(DataFolder data) {
        this.data = data;
    }

    /** Checks a definition file and stores it; returns it (already known is fine). */
    public Questionnaire importDefinition(byte[] bytes) throws InvalidQuestionnaireException {
        Questionnaire questionnaire = new QuestionnaireLoader().load(bytes);
        data.questionnaires().ensureBundled();
        data.questionnaires().save(questionnaire, Json.canonical(Json.read(bytes)));
        return questionnaire;
    }

    public List<Questionnaire> list() {
        data.questionnaires().ensureBundled();
        return data.questionnaires().list();
    }

    /** The definition named by {@code reference} ("msq-2024", a SHA-256 prefix), or the bundled one when null. */
    public Questionnaire resolve(String reference) {
        Questionnaire bundled = data.questionnaires().ensureBundled();
        if (reference == null) {
            return bundled;
        }
        return data.questionnaires().find(reference).orElseThrow(() -> UserInputException.of("definition.unknownReference", reference));
    }

    public Questionnaire bySha256(String sha256) {
        return findBySha256(sha256).orElseThrow(() -> UserInputException.of("definition.unknownSha256",
                sha256.substring(0, Math.min(12, sha256.length()))));
    }

    /** The definition with this SHA-256, among those imported here and the bundled one. */
    public java.util.Optional<Questionnaire> findBySha256(String sha256) {
        data.questionnaires().ensureBundled();
        return data.questionnaires().get(sha256);
    }
}
