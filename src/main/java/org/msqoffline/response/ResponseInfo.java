package org.msqoffline.response;

import java.time.Instant;

/** A response as listed: for which country, against which definition, and when it last changed. */
public record ResponseInfo(String id, String countryIso3, String countryName, String questionnaireSha256,
        boolean deleted, Instant created, Instant updated) {
}
