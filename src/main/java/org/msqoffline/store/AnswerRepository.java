package org.msqoffline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.msqoffline.json.JsonReadException;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerCodec;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Answers;
import org.msqoffline.response.HistoryEntry;
import org.msqoffline.response.InvalidAnswerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers of responses and the history of every change. A write returns only once it is committed
 * (synchronous FULL): an acknowledged answer survives a crash or a power cut.
 */
public final class AnswerRepository {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerRepository.class);

    private final Database database;
    private final Clock clock;

    AnswerRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Answers load(String responseId, Questionnaire questionnaire) {
        Set<String> unconfirmed = new HashSet<>();
        Map<String, String> stored = database.read(connection -> {
            Map<String, String> values = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT item_id, value, carried_from FROM answer WHERE response_id = ?")) {
                query.setString(1, responseId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        values.put(rows.getString(1), rows.getString(2));
                        if (rows.getString(3) != null) {
                            unconfirmed.add(rows.getString(1));
                        }
                    }
                }
            }
            return values;
        });
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        for (Item item : questionnaire.items()) {
            String json = stored.get(item.id());
            if (json == null) {
                continue;
            }
            try {
                AnswerValue value = AnswerCodec.fromStoredJson(item, json);
                if (value != null) {
                    answers.put(item.id(), value);
                }
            } catch (InvalidAnswerException | JsonReadException e) {
                // Never happens for values this app wrote; keep the row, skip the value, and say so in the log.
                LOG.error("Stored answer of {} in response {} does not fit its item: {}", item.id(), responseId, e.getMessage());
            }
        }
        return new Answers(answers, unconfirmed);
    }

    /** The edition each carried-forward answer still awaiting confirmation came from, by item id. */
    public Map<String, String> carriedFrom(String responseId) {
        return database.read(connection -> {
            Map<String, String> editions = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT item_id, carried_from FROM answer WHERE response_id = ? AND carried_from IS NOT NULL")) {
                query.setString(1, responseId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        editions.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            return editions;
        });
    }

    /** Confirms a carried-forward answer as it is; false when it was not awaiting confirmation. */
    public boolean confirm(String responseId, String itemId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE answer SET carried_from = NULL WHERE response_id = ? AND item_id = ? AND carried_from IS NOT NULL")) {
                update.setString(1, responseId);
                update.setString(2, itemId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /**
     * Sets (or, with null, clears) one answer, recording the change in the history.
     * Returns false, writing nothing, when the value is unchanged.
     */
    public boolean set(String responseId, String itemId, AnswerValue value, String contributor) {
        return setAll(responseId, Map.of(itemId, value == null ? Cleared.INSTANCE : value), contributor) > 0;
    }

    /** Sets several answers in one transaction (an import, a merge); returns how many changed. */
    public int setAll(String responseId, Map<String, ?> values, String contributor) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        values.forEach((itemId, value) -> answers.put(itemId, value instanceof AnswerValue answer ? answer : null));
        return database.inTransaction(connection -> {
            ResponseRepository.get(connection, responseId);
            return writeAll(connection, responseId, answers, clock.instant().toString(), contributor);
        });
    }

    /**
     * Writes answers (a null value clears one) with their history inside the caller's transaction, and
     * marks the response as changed when anything was; returns how many changed.
     */
    static int writeAll(Connection connection, String responseId, Map<String, AnswerValue> answers, String now, String contributor)
            throws SQLException {
        int changed = 0;
        for (Map.Entry<String, AnswerValue> entry : answers.entrySet()) {
            String newJson = entry.getValue() == null ? null : AnswerCodec.toStoredJson(entry.getValue());
            changed += write(connection, responseId, entry.getKey(), newJson, now, contributor) ? 1 : 0;
        }
        if (changed > 0) {
            try (PreparedStatement touch = connection.prepareStatement("UPDATE response SET updated_at = ? WHERE id = ?")) {
                touch.setString(1, now);
                touch.setString(2, responseId);
                touch.executeUpdate();
            }
        }
        return changed;
    }

    /** Every change of one item, oldest first. */
    public List<HistoryEntry> history(String responseId, String itemId) {
        return database.read(connection -> {
            List<HistoryEntry> entries = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT seq, item_id, old_value, new_value, changed_at, changed_by FROM answer_history "
                            + "WHERE response_id = ? AND item_id = ? ORDER BY seq")) {
                query.setString(1, responseId);
                query.setString(2, itemId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new HistoryEntry(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                                Instant.parse(rows.getString(5)), rows.getString(6)));
                    }
                }
            }
            return entries;
        });
    }

    static boolean write(Connection connection, String responseId, String itemId, String newJson, String now,
            String contributor) throws SQLException {
        return write(connection, responseId, itemId, newJson, now, contributor, null);
    }

    /** Writes one answer and its history row; {@code carriedFrom} marks an answer carried from that edition. */
    static boolean write(Connection connection, String responseId, String itemId, String newJson, String now,
            String contributor, String carriedFrom) throws SQLException {
        String oldJson;
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM answer WHERE response_id = ? AND item_id = ?")) {
            query.setString(1, responseId);
            query.setString(2, itemId);
            try (ResultSet rows = query.executeQuery()) {
                oldJson = rows.next() ? rows.getString(1) : null;
            }
        }
        if (Objects.equals(oldJson, newJson)) {
            return false;
        }
        if (newJson == null) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM answer WHERE response_id = ? AND item_id = ?")) {
                delete.setString(1, responseId);
                delete.setString(2, itemId);
                delete.executeUpdate();
            }
        } else {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO answer (response_id, item_id, value, updated_at, updated_by, carried_from) VALUES (?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT (response_id, item_id) DO UPDATE SET value = excluded.value, "
                            + "updated_at = excluded.updated_at, updated_by = excluded.updated_by, carried_from = excluded.carried_from")) {
                upsert.setString(1, responseId);
                upsert.setString(2, itemId);
                upsert.setString(3, newJson);
                upsert.setString(4, now);
                upsert.setString(5, contributor);
                upsert.setString(6, carriedFrom);
                upsert.executeUpdate();
            }
        }
        try (PreparedStatement history = connection.prepareStatement(
                "INSERT INTO answer_history (response_id, item_id, old_value, new_value, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)")) {
            history.setString(1, responseId);
            history.setString(2, itemId);
            history.setString(3, oldJson);
            history.setString(4, newJson);
            history.setString(5, now);
            history.setString(6, contributor);
            history.executeUpdate();
        }
        return true;
    }

    /** Marks "no answer" in {@link #setAll}, where a map cannot hold null. */
    public enum Cleared {
        INSTANCE
    }
}
