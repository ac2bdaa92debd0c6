package org.msqoffline.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Country;
import org.msqoffline.response.Delegation;
import org.msqoffline.response.ResponseInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delegations: those issued here (with the answers handed over, the base of a three-way merge), the
 * contributions merged back, and the delegation a colleague's response was opened from.
 */
public final class DelegationRepository {
    private final Database database;
    private final Clock clock;

    DelegationRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records a delegation issued from a response, with the stored JSON of the answers handed over. */
    public void recordIssued(Delegation delegation, Map<String, String> baseAnswersJson) {
        ObjectNode base = Json.object();
        baseAnswersJson.forEach((item, json) -> base.set(item, Json.read(json.getBytes(StandardCharsets.UTF_8))));
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO delegation (id, response_id, items, delegated_to, delegated_by, created_at, base_answers) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, delegation.id());
                insert.setString(2, delegation.responseId());
                insert.setString(3, itemsJson(delegation.itemIds()));
                insert.setString(4, delegation.delegatedTo());
                insert.setString(5, delegation.delegatedBy());
                insert.setString(6, delegation.created().toString());
                insert.setString(7, new String(Json.canonical(base), StandardCharsets.UTF_8));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** A delegation issued here, with the stored JSON of the answers handed over (absent item = no answer). */
    public record Issued(Delegation delegation, Map<String, String> baseAnswersJson) {
    }

    public Optional<Issued> issued(String delegationId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, response_id, items, delegated_to, delegated_by, created_at, base_answers FROM delegation WHERE id = ?")) {
                query.setString(1, delegationId);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<Issued>empty();
                    }
                    Delegation delegation = new Delegation(rows.getString(1), rows.getString(2), items(rows.getString(3)),
                            rows.getString(4), rows.getString(5), Instant.parse(rows.getString(6)));
                    JsonNode base = Json.read(rows.getString(7).getBytes(StandardCharsets.UTF_8));
                    Map<String, String> baseJson = new java.util.LinkedHashMap<>();
                    base.propertyNames().forEach(item -> baseJson.put(item,
                            new String(Json.canonical(base.get(item)), StandardCharsets.UTF_8)));
                    return Optional.of(new Issued(delegation, baseJson));
                }
            }
        });
    }

    public boolean alreadyMerged(String contributionDigest) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM contribution WHERE digest = ?")) {
                query.setString(1, contributionDigest);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /**
     * Applies a merge in one transaction: the chosen answers (null value = no answer) under the
     * contributor's name, and the contribution recorded so that importing it again changes nothing.
     */
    public int merge(String responseId, String delegationId, String contributionDigest, String signer, Map<String, AnswerValue> chosen) {
        return database.inTransaction(connection -> {
            String now = clock.instant().toString();
            int changed = AnswerRepository.writeAll(connection, responseId, chosen, now, signer);
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO contribution (digest, delegation_id, signer, merged_at) VALUES (?, ?, ?, ?)")) {
                record.setString(1, contributionDigest);
                record.setString(2, delegationId);
                record.setString(3, signer);
                record.setString(4, now);
                record.executeUpdate();
            }
            return changed;
        });
    }

    /** Creates the colleague's response from a delegation file, remembering the delegation; one transaction. */
    public ResponseInfo createReceived(Delegation delegation, Country country, Questionnaire questionnaire,
            Map<String, AnswerValue> answers, String contributor, ResponseRepository responses) {
        return database.inTransaction(connection -> {
            ResponseInfo created = responses.createIn(connection, country, questionnaire, answers, contributor);
            try (PreparedStatement mark = connection.prepareStatement("UPDATE response SET received_delegation = ? WHERE id = ?")) {
                mark.setString(1, new String(Json.canonical(delegation.toJson()), StandardCharsets.UTF_8));
                mark.setString(2, created.id());
                mark.executeUpdate();
            }
            return created;
        });
    }

    /** The delegation a response was opened from, if it is a colleague's part of someone else's response. */
    public Optional<Delegation> received(String responseId) {
        return database.read(connection -> received(connection, responseId));
    }

    private static Optional<Delegation> received(Connection connection, String responseId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT received_delegation FROM response WHERE id = ?")) {
            query.setString(1, responseId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next() || rows.getString(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(Delegation.fromJson(Json.read(rows.getString(1).getBytes(StandardCharsets.UTF_8))));
            }
        }
    }

    private static String itemsJson(List<String> items) {
        ArrayNode array = Json.mapper().createArrayNode();
        items.forEach(array::add);
        return new String(Json.canonical(array), StandardCharsets.UTF_8);
    }

    private static List<String> items(String json) {
        List<String> items = new ArrayList<>();
        Json.read(json.getBytes(StandardCharsets.UTF_8)).forEach(item -> items.add(item.asString()));
        return items;
    }
}
