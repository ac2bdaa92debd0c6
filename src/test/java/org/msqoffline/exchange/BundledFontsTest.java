package org.msqoffline.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled fonts come from the launcher's font folder when it names one, else from the app's resources. */
class BundledFontsTest {
    @TempDir
    Path folder;

    @Test
    void withoutAFolderEveryFontIsAResourceOfTheApp() throws IOException {
        for (String font : BundledFonts.ALL) {
            byte[] bytes = BundledFonts.read(Optional.empty(), font);
            // A TrueType file begins with version 1.0 of the sfnt header.
            assertThat(bytes).startsWith(0, 1, 0, 0);
            try (InputStream resource = BundledFonts.resource(font)) {
                assertThat(resource).isNotNull();
            }
        }
    }

    @Test
    void aFolderIsReadInsteadOfTheResources() throws IOException {
        byte[] copy;
        try (InputStream resource = BundledFonts.resource(BundledFonts.ARABIC)) {
            copy = resource.readAllBytes();
        }
        copy[copy.length - 1] ^= 1;   // not the resource's bytes: proof of where they were read
        Files.write(folder.resolve(BundledFonts.ARABIC), copy);

        assertThat(BundledFonts.read(Optional.of(folder), BundledFonts.ARABIC)).isEqualTo(copy);
    }

    @Test
    void aFontMissingFromTheFolderIsNamedAndNotTakenFromElsewhere() {
        assertThatThrownBy(() -> BundledFonts.read(Optional.of(folder), BundledFonts.CJK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("bundled font missing: " + folder.resolve(BundledFonts.CJK));
    }
}
