package org.msqoffline.exchange;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A submission file as read and schema-checked: which definition it answers, for which country, and
 * its answers still as JSON (they are typed against the definition by {@link SubmissionJson#answers}).
 */
public record Submission(String questionnaireId, String edition, String version, String questionnaireSha256,
        String countryIso3, String countryName, Map<String, JsonNode> rawAnswers, JsonNode document) {
}
