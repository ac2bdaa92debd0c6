package org.msqoffline.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The bundles' files as written, for the tests that compare their languages. */
public final class BundleFiles {
    private BundleFiles() {
    }

    /** The file of {@code baseName} ("/org/msqoffline/i18n/messages") for {@code language}; English is the base file. */
    public static Properties load(String baseName, String language) throws IOException {
        String name = baseName + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = BundleFiles.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
