package org.msqoffline.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.msqoffline.json.Json;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * The table DESA builds from a folder of packages: one row per country and item, as CSV (RFC 4180,
 * UTF-8 with a header) or as JSON Lines.
 */
public final class CollectionTable {
    /** One answer of one verified package. */
    public record Row(String country, String itemId, String number, String answer, String signer, String fingerprint, boolean verified) {
    }

    public enum Format { CSV, JSONL }

    private static final List<String> COLUMNS = List.of("country", "item_id", "number", "answer", "signer", "fingerprint", "verified");

    private CollectionTable() {
    }

    public static byte[] write(List<Row> rows, Format format) {
        StringBuilder out = new StringBuilder();
        if (format == Format.CSV) {
            out.append(String.join(",", COLUMNS)).append("\r\n");
            for (Row row : rows) {
                out.append(String.join(",", List.of(csv(row.country()), csv(row.itemId()), csv(row.number()), csv(row.answer()),
                        csv(row.signer()), csv(row.fingerprint()), String.valueOf(row.verified())))).append("\r\n");
            }
        } else {
            var writer = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
            for (Row row : rows) {
                ObjectNode line = Json.object();
                line.put("country", row.country());
                line.put("item_id", row.itemId());
                line.put("number", row.number());
                line.put("answer", row.answer());
                line.put("signer", row.signer());
                line.put("fingerprint", row.fingerprint());
                line.put("verified", row.verified());
                out.append(writer.writeValueAsString(line)).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
