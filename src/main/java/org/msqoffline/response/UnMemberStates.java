package org.msqoffline.response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.msqoffline.json.Json;
import tools.jackson.databind.JsonNode;

/** The 193 UN Member States, the countries a response can be for. */
public final class UnMemberStates {
    private static final Map<String, Country> BY_ISO3 = load();

    private UnMemberStates() {
    }

    public static List<Country> all() {
        return List.copyOf(BY_ISO3.values());
    }

    /** The country with this ISO3 code, in any letter case. */
    public static Optional<Country> byIso3(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : BY_ISO3.get(iso3.toUpperCase(Locale.ROOT)));
    }

    private static Map<String, Country> load() {
        try (InputStream in = UnMemberStates.class.getResourceAsStream("un-member-states.json")) {
            if (in == null) {
                throw new IllegalStateException("un-member-states.json missing");
            }
            JsonNode array = Json.read(in.readAllBytes());
            List<Country> countries = new ArrayList<>();
            array.forEach(c -> countries.add(new Country(c.get("iso3").asString(), c.get("iso2").asString(), c.get("name").asString())));
            Map<String, Country> byIso3 = new LinkedHashMap<>();
            countries.forEach(c -> byIso3.put(c.iso3(), c));
            return byIso3;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
