package org.msqoffline.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample answers shipped in the jar: Azerbaijan's MSQ 2024, transcribed from its export. */
public final class SampleData {
    static final String AZERBAIJAN_2024 = "/org/msqoffline/sample/azerbaijan-2024.json";

    private SampleData() {
    }

    public static byte[] azerbaijan2024() {
        try (InputStream in = SampleData.class.getResourceAsStream(AZERBAIJAN_2024)) {
            if (in == null) {
                throw new IllegalStateException("sample missing: " + AZERBAIJAN_2024);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
