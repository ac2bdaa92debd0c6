package org.msqoffline.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.msqoffline.app.Exports;
import org.msqoffline.app.Responses;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;

/** A data folder with the Azerbaijan sample imported, signing identities, and the export service on a fixed clock. */
final class ExchangeFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-27T13:50:00Z");
    static final String ARABIC = "الحكومة الإلكترونية";
    static final String CHINESE = "电子政务";
    static final String RUSSIAN = "электронное правительство";
    static final String AZERBAIJANI = "Azərbaycan: ə ğ ı ş ç ö ü Ə Ğ İ Ş Ç Ö Ü";
    static final String MIXED = "E-government / " + ARABIC + " / " + CHINESE + " / Правительство";
    static final String EMOJI = "Open data portal 🙂 works";
    private static SigningIdentity official;
    private static SigningIdentity other;

    final DataFolder data;
    final Responses responses;
    final ResponseInfo response;

    ExchangeFixture(Path folder) {
        this.data = DataFolder.open(folder, DataFolder.Access.WRITE, Clock.fixed(NOW, ZoneOffset.UTC));
        this.responses = new Responses(data);
        this.response = responses.importSample("test");
    }

    static synchronized SigningIdentity official() throws IdentityException {
        if (official == null) {
            official = SigningIdentity.create(new SigningIdentity.Holder("Leyla Mammadova", "leyla.mammadova@example.az",
                    "Innovation and Digital Development Agency", "AZE"), KeyAlgorithm.EC_P256, NOW);
        }
        return official;
    }

    static synchronized SigningIdentity other() throws IdentityException {
        if (other == null) {
            other = SigningIdentity.create(new SigningIdentity.Holder("Mallory Example", "mallory@example.org", "Elsewhere", "FRA"),
                    KeyAlgorithm.EC_P256, NOW);
        }
        return other;
    }

    static String officialFingerprint() throws IdentityException {
        return official().fingerprint();
    }

    Exports exports() {
        return new Exports(responses, Clock.fixed(NOW, ZoneOffset.UTC), Messages.english());
    }

    /** Answers the four required items the sample leaves open. */
    ExchangeFixture complete() {
        set("contact-respondent", new AnswerValue.Choices(List.of(AnswerValue.Choice.of("group-of-agencies"))));
        set("d-strategy-exists", AnswerValue.Choice.of("no"));
        set("d-foresight", AnswerValue.Choice.of("no"));
        set("consent-publish", AnswerValue.Choice.of("yes"));
        return this;
    }

    /** Answers in Arabic, Chinese, Russian, Azerbaijani, mixed scripts, and one with an emoji no font has. */
    ExchangeFixture multiScript() {
        set("a-portal-eservices", new AnswerValue.Text(ARABIC));
        set("a-portal-eparticipation", new AnswerValue.Text(CHINESE));
        set("a-portal-open-data", new AnswerValue.Text(RUSSIAN));
        set("a-portal-procurement", new AnswerValue.Text(AZERBAIJANI));
        set("contact-title", new AnswerValue.Text(MIXED));
        set("a-portal-others", new AnswerValue.Text(EMOJI));
        return this;
    }

    void set(String itemId, AnswerValue value) {
        responses.setAnswer(response, responses.item(response, itemId), value, "test");
    }

    @Override
    public void close() {
        data.close();
    }
}
