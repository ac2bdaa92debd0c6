package org.msqoffline.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the fonts shipped with the app are read from, for the window and for the PDF copy alike. The
 * installed app keeps them as files in the folder its launcher names ({@value #FOLDER_PROPERTY}): the
 * window's toolkit then reads them in place, where a font given as a stream is first copied to a temporary
 * file, 5 MB at every start. Run from the build (or in the tests) they are resources of the app.
 */
public final class BundledFonts {
    /** The system property naming the folder that holds the font files; unset, the resources serve. */
    public static final String FOLDER_PROPERTY = "msq.fontFolder";
    public static final String REGULAR = "DejaVuSans.ttf";
    public static final String BOLD = "DejaVuSans-Bold.ttf";
    public static final String ARABIC = "NotoNaskhArabic-Regular.ttf";
    public static final String CJK = "DroidSansFallbackFull.ttf";
    /** Every bundled font, in the order the window registers them. */
    public static final List<String> ALL = List.of(REGULAR, BOLD, ARABIC, CJK);

    private BundledFonts() {
    }

    private static Optional<Path> folder() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /** The font as a file, when the launcher keeps the fonts in a folder; empty when they are resources. */
    public static Optional<Path> file(String name) {
        return folder().map(folder -> folder.resolve(name));
    }

    /** The font's bytes, from its file or its resource. A font missing is a broken installation: an IllegalStateException. */
    public static byte[] read(String name) throws IOException {
        return read(folder(), name);
    }

    static byte[] read(Optional<Path> folder, String name) throws IOException {
        if (folder.isPresent()) {
            Path file = folder.get().resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("bundled font missing: " + file);
            }
            return Files.readAllBytes(file);
        }
        try (InputStream in = resource(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing: " + name);
            }
            return in.readAllBytes();
        }
    }

    /** The font's resource, for a toolkit that takes a stream; null when the app has it only as a file. */
    public static InputStream resource(String name) {
        return BundledFonts.class.getResourceAsStream("fonts/" + name);
    }
}
