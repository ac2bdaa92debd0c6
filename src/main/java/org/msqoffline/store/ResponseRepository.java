package org.msqoffline.store;

import java.security.SecureRandom;
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
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.AnswerCodec;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Country;
import org.msqoffline.response.ResponseInfo;

/** The responses in this data folder: create, list, duplicate, and a bin they can be restored from. */
public final class ResponseRepository {
    private static final String ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int ID_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, country_iso3, country_name, questionnaire_sha256, status, created_at, updated_at";

    private final Database database;
    private final Clock clock;

    ResponseRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public ResponseInfo create(Country country, Questionnaire questionnaire) {
        return create(country, questionnaire, Map.of(), "");
    }

    /** Creates a response with its first answers in one transaction: all of it exists afterwards, or none. */
    public ResponseInfo create(Country country, Questionnaire questionnaire, Map<String, AnswerValue> answers, String contributor) {
        return database.inTransaction(connection -> createWith(connection, country, questionnaire, answers, contributor, null));
    }

    /**
     * Starts a response on a newer edition from an earlier response: the answers given are marked as
     * carried from {@code from}'s edition until confirmed or edited. One transaction.
     */
    public ResponseInfo createCarriedForward(ResponseInfo from, String fromEdition, Questionnaire questionnaire,
            Map<String, AnswerValue> answers, String contributor) {
        return database.inTransaction(connection -> {
            Country country = new Country(from.countryIso3(), null, from.countryName());
            ResponseInfo created = createWith(connection, country, questionnaire, answers, contributor, fromEdition);
            try (PreparedStatement origin = connection.prepareStatement("UPDATE response SET carried_from_response = ? WHERE id = ?")) {
                origin.setString(1, from.id());
                origin.setString(2, created.id());
                origin.executeUpdate();
            }
            return created;
        });
    }

    /** Creates a response with its first answers inside a transaction someone else holds. */
    ResponseInfo createIn(Connection connection, Country country, Questionnaire questionnaire, Map<String, AnswerValue> answers,
            String contributor) throws SQLException {
        return createWith(connection, country, questionnaire, answers, contributor, null);
    }

    private ResponseInfo createWith(Connection connection, Country country, Questionnaire questionnaire,
            Map<String, AnswerValue> answers, String contributor, String carriedFrom) throws SQLException {
        ResponseInfo created = insert(connection, country.iso3(), country.name(), questionnaire.sha256());
        String now = clock.instant().toString();
        for (Map.Entry<String, AnswerValue> answer : answers.entrySet()) {
            AnswerRepository.write(connection, created.id(), answer.getKey(), AnswerCodec.toStoredJson(answer.getValue()), now,
                    contributor, carriedFrom);
        }
        return created;
    }

    /** Open responses (not in the bin), most recently changed first. */
    public List<ResponseInfo> list() {
        return query("WHERE status = 'open' ORDER BY updated_at DESC, id");
    }

    /** Responses in the bin, most recently deleted first. */
    public List<ResponseInfo> bin() {
        return query("WHERE status = 'deleted' ORDER BY deleted_at DESC, id");
    }

    public Optional<ResponseInfo> get(String id) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM response WHERE id = ?")) {
                query.setString(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(row(rows)) : Optional.<ResponseInfo>empty();
                }
            }
        });
    }

    /** Moves a response to the bin; its answers and history stay until it is restored. */
    public void moveToBin(String id) {
        setStatus(id, "deleted", clock.instant().toString());
    }

    public void restoreFromBin(String id) {
        setStatus(id, "open", null);
    }

    /** A copy with the same country, definition and answers (history starts afresh). */
    public ResponseInfo duplicate(String id, String contributor) {
        return database.inTransaction(connection -> {
            ResponseInfo original = get(connection, id);
            ResponseInfo copy = insert(connection, original.countryIso3(), original.countryName(), original.questionnaireSha256());
            String now = clock.instant().toString();
            try (PreparedStatement answers = connection.prepareStatement(
                    "INSERT INTO answer (response_id, item_id, value, updated_at, updated_by) "
                            + "SELECT ?, item_id, value, ?, ? FROM answer WHERE response_id = ?");
                    PreparedStatement history = connection.prepareStatement(
                            "INSERT INTO answer_history (response_id, item_id, old_value, new_value, changed_at, changed_by) "
                                    + "SELECT ?, item_id, NULL, value, ?, ? FROM answer WHERE response_id = ?")) {
                for (PreparedStatement statement : List.of(answers, history)) {
                    statement.setString(1, copy.id());
                    statement.setString(2, now);
                    statement.setString(3, contributor);
                    statement.setString(4, id);
                    statement.executeUpdate();
                }
            }
            return copy;
        });
    }

    static ResponseInfo get(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM response WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new StoreException(UserMessage.of("store.noResponse", id));
                }
                return row(rows);
            }
        }
    }

    private ResponseInfo insert(Connection connection, String iso3, String countryName, String sha256) throws SQLException {
        String id = newId();
        String now = clock.instant().toString();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO response (id, country_iso3, country_name, questionnaire_sha256, status, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, 'open', ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, iso3);
            insert.setString(3, countryName);
            insert.setString(4, sha256);
            insert.setString(5, now);
            insert.setString(6, now);
            insert.executeUpdate();
        }
        return get(connection, id);
    }

    private void setStatus(String id, String status, String deletedAt) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE response SET status = ?, deleted_at = ? WHERE id = ?")) {
                update.setString(1, status);
                update.setString(2, deletedAt);
                update.setString(3, id);
                if (update.executeUpdate() != 1) {
                    throw new StoreException(UserMessage.of("store.noResponse", id));
                }
            }
            return null;
        });
    }

    private List<ResponseInfo> query(String where) {
        return database.read(connection -> {
            List<ResponseInfo> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM response " + where);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(row(rows));
                }
            }
            return found;
        });
    }

    private static ResponseInfo row(ResultSet rows) throws SQLException {
        return new ResponseInfo(rows.getString("id"), rows.getString("country_iso3"), rows.getString("country_name"),
                rows.getString("questionnaire_sha256"), "deleted".equals(rows.getString("status")),
                Instant.parse(rows.getString("created_at")), Instant.parse(rows.getString("updated_at")));
    }

    private static String newId() {
        StringBuilder id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
