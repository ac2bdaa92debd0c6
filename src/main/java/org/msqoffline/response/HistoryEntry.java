package org.msqoffline.response;

import java.time.Instant;

/** One change of one answer: the stored JSON before and after (null for "no answer"), when and by whom. */
public record HistoryEntry(long sequence, String itemId, String oldValue, String newValue, Instant changedAt, String changedBy) {
}
