package org.msqoffline.response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.msqoffline.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Part of a response handed to another agency: which items, to whom, by whom, from which response.
 * The same record names the delegation on both sides: the coordinator's and the colleague's.
 */
public record Delegation(String id, String responseId, List<String> itemIds, String delegatedTo, String delegatedBy, Instant created) {
    public Delegation {
        itemIds = List.copyOf(itemIds);
    }

    public boolean covers(String itemId) {
        return itemIds.contains(itemId);
    }

    /** The delegation as JSON, as it travels in delegation files and contributions and is kept in the store. */
    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("id", id);
        node.put("response", responseId);
        ArrayNode items = node.putArray("items");
        itemIds.forEach(items::add);
        node.put("to", delegatedTo);
        node.put("by", delegatedBy);
        node.put("created", created.toString());
        return node;
    }

    /** Reads what {@link #toJson()} wrote (already checked against a schema by the caller). */
    public static Delegation fromJson(JsonNode node) {
        List<String> items = new ArrayList<>();
        node.get("items").forEach(item -> items.add(item.asString()));
        return new Delegation(node.get("id").asString(), node.get("response").asString(), items, node.get("to").asString(),
                node.get("by").asString(), Instant.parse(node.get("created").asString()));
    }
}
