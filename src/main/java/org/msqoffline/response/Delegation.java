package org.msqoffline.response;

import java.time.Instant;
import java.util.List;

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
}
