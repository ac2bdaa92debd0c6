package org.msqoffline.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.msqoffline.i18n.UserMessage;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one Jackson configuration of the application, and the canonical form used for digests.
 * Reading is bounded (nesting, string and document size) so a hostile file cannot exhaust memory.
 */
public final class Json {
    /** Largest JSON document read, in bytes: far above a full questionnaire with long answers. */
    public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
    private static final int MAX_NESTING = 64;
    private static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .build())
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final JsonMapper CANONICAL = MAPPER.rebuild()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Json() {
    }

    /**
     * Starts Jackson: reads and writes a small document, so that a thread started early can take the mapper's
     * first-use cost (a tenth of a second in a fresh process) off the path of the work that follows.
     */
    public static void prepare() {
        pretty(read("{\"prepare\": [1, \"a\", true]}".getBytes(StandardCharsets.UTF_8)));
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Reads a JSON document; throws {@link JsonReadException} with a sentence for a person. */
    public static JsonNode read(byte[] bytes) {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new JsonReadException(UserMessage.of("json.tooLarge", MAX_DOCUMENT_BYTES / (1024 * 1024)));
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new JsonReadException(UserMessage.of("json.empty"));
            }
            return node;
        } catch (tools.jackson.core.JacksonException e) {
            throw new JsonReadException(describe(e));
        }
    }

    /** Pretty, stable bytes for files people may open: two-space indent, UTF-8, trailing newline. */
    public static byte[] pretty(JsonNode node) {
        byte[] body = MAPPER.writeValueAsBytes(node);
        byte[] withNewline = new byte[body.length + 1];
        System.arraycopy(body, 0, withNewline, 0, body.length);
        withNewline[body.length] = '\n';
        return withNewline;
    }

    /** Canonical bytes: object keys sorted at every level, no insignificant whitespace, UTF-8. */
    public static byte[] canonical(JsonNode node) {
        return CANONICAL.writeValueAsString(sortKeys(node)).getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static JsonNode sortKeys(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = object();
            node.propertyNames().stream().sorted().forEach(name -> sorted.set(name, sortKeys(node.get(name))));
            return sorted;
        }
        if (node.isArray()) {
            var array = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> array.add(sortKeys(element)));
            return array;
        }
        return node;
    }

    /** Jackson's own first line says what is wrong; it is quoted as it is, the framing is ours. */
    private static UserMessage describe(tools.jackson.core.JacksonException e) {
        String message = e.getOriginalMessage();
        var location = e.getLocation();
        String firstLine = message == null ? "" : message.lines().findFirst().orElse(message);
        if (location != null && location.getLineNr() > 0) {
            return UserMessage.of("json.invalidAt", location.getLineNr(), location.getColumnNr(), firstLine);
        }
        return UserMessage.of("json.invalid", firstLine);
    }
}
