package org.msqoffline.store;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.InvalidQuestionnaireException;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.QuestionnaireLoader;

/**
 * The questionnaire definitions known in this data folder, each kept as its canonical JSON under its
 * SHA-256, so a response stays pinned to the exact definition it was started on.
 */
public final class QuestionnaireRepository {
    private final Database database;
    private final Clock clock;
    private final QuestionnaireLoader loader = new QuestionnaireLoader();
    private final Map<String, Questionnaire> cache = new ConcurrentHashMap<>();

    QuestionnaireRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Stores the definition unless the same one (same SHA-256) is already there. Returns true if new. */
    public boolean save(Questionnaire questionnaire, byte[] canonicalJson) {
        cache.put(questionnaire.sha256(), questionnaire);
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO questionnaire (sha256, id, edition, version, definition, imported_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, questionnaire.sha256());
                insert.setString(2, questionnaire.id());
                insert.setString(3, questionnaire.edition());
                insert.setString(4, questionnaire.version());
                insert.setString(5, new String(canonicalJson, StandardCharsets.UTF_8));
                insert.setString(6, clock.instant().toString());
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Makes sure the definition shipped in the jar (the MSQ 2024) is known here; returns it. */
    public Questionnaire ensureBundled() {
        Questionnaire bundled = BundledDefinition.INSTANCE;
        if (!cache.containsKey(bundled.sha256()) && get(bundled.sha256()).isEmpty()) {
            save(bundled, Json.canonical(Json.read(QuestionnaireLoader.bundledBytes(QuestionnaireLoader.BUNDLED_MSQ_2024))));
        }
        return bundled;
    }

    public List<Questionnaire> list() {
        List<String> shas = database.read(connection -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT sha256 FROM questionnaire ORDER BY id, edition, version, imported_at");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        });
        return shas.stream().map(sha -> get(sha).orElseThrow()).toList();
    }

    public Optional<Questionnaire> get(String sha256) {
        Questionnaire cached = cache.get(sha256);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> json = database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT definition FROM questionnaire WHERE sha256 = ?")) {
                query.setString(1, sha256);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
        return json.map(text -> {
            try {
                Questionnaire loaded = loader.loadTrusted(text.getBytes(StandardCharsets.UTF_8));
                cache.put(sha256, loaded);
                return loaded;
            } catch (InvalidQuestionnaireException e) {
                throw new StoreException(UserMessage.of("store.definitionNoLongerLoads", sha256.substring(0, 12), e), e);
            }
        });
    }

    /** Loaded once per process: checking the bundled file costs time every start need not pay twice. */
    private static final class BundledDefinition {
        static final Questionnaire INSTANCE = new QuestionnaireLoader().loadBundled();
    }

    /** The definition's canonical JSON as stored, to hand it on (in a delegation file) byte for byte. */
    public Optional<byte[]> canonicalJson(String sha256) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT definition FROM questionnaire WHERE sha256 = ?")) {
                query.setString(1, sha256);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1).getBytes(StandardCharsets.UTF_8)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    /**
     * Finds a definition by reference: "msq-2024" (id-edition, the newest version), "msq-2024@1.0.0",
     * or the first 8 or more hex digits of its SHA-256.
     */
    public Optional<Questionnaire> find(String reference) {
        String wanted = reference.toLowerCase(Locale.ROOT).strip();
        List<Questionnaire> all = list();
        if (wanted.matches("[0-9a-f]{8,64}")) {
            List<Questionnaire> bySha = all.stream().filter(q -> q.sha256().startsWith(wanted)).toList();
            if (bySha.size() == 1) {
                return Optional.of(bySha.get(0));
            }
        }
        int at = wanted.indexOf('@');
        String name = at < 0 ? wanted : wanted.substring(0, at);
        String version = at < 0 ? null : wanted.substring(at + 1);
        return all.stream()
                .filter(q -> q.reference().toLowerCase(Locale.ROOT).equals(name))
                .filter(q -> version == null || q.version().equalsIgnoreCase(version))
                .reduce((first, later) -> later);
    }
}
