package org.msqoffline.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.msqoffline.i18n.UserMessage;
import tools.jackson.databind.JsonNode;

/** A JSON Schema (draft 2020-12) shipped as a class-path resource, checking documents against it. */
public final class SchemaCheck {
    private final Schema schema;

    private SchemaCheck(Schema schema) {
        this.schema = schema;
    }

    public static SchemaCheck fromResource(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + resource);
            }
            JsonNode node = Json.mapper().readTree(in);
            return new SchemaCheck(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation, each with a JSON pointer to the offending value. */
    public List<JsonProblem> check(JsonNode document) {
        return schema.validate(document).stream()
                .map(SchemaCheck::toProblem)
                .distinct()
                .toList();
    }

    private static JsonProblem toProblem(Error error) {
        String message = error.getMessage();
        // networknt prefixes its messages with the instance location; the pointer carries it already.
        int colon = message.indexOf(": ");
        if (message.startsWith("$") && colon > 0) {
            message = message.substring(colon + 2);
        }
        // The validator's sentence is English library text: shown as it is, next to the pointer.
        return new JsonProblem(pointer(error.getInstanceLocation()), UserMessage.saying(message));
    }

    static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            String name = String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1");
            pointer.append('/').append(name);
        }
        return pointer.toString();
    }
}
