package org.msqoffline.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts of the PDF copy (DejaVu Sans, Noto Naskh Arabic, Droid Sans Fallback) and, for
 * each character, the one that draws it. Fonts are embedded into a document as subsets, and only when
 * the document uses them.
 */
final class FontSet {
    /** A bundled font file. */
    enum Face {
        REGULAR(BundledFonts.REGULAR, 1f),
        BOLD(BundledFonts.BOLD, 1f),
        // Naskh letters are small beside DejaVu's large x-height; drawn larger, they read at the same size.
        ARABIC(BundledFonts.ARABIC, 1.2f),
        CJK(BundledFonts.CJK, 1f);

        private final String file;
        private final float scale;

        Face(String file, float scale) {
            this.file = file;
            this.scale = scale;
        }

        /** How much larger than the nominal size this face is drawn. */
        float scale() {
            return scale;
        }
    }

    /** Drawn for a character no bundled font has (an emoji, say): visible, and never a missing glyph. */
    static final int REPLACEMENT = 0xFFFD;

    // Parsed once per process: parsing the 4 MB CJK font for every export would cost more than the export.
    private static final Map<Face, TrueTypeFont> PARSED = new EnumMap<>(Face.class);
    private static final Map<Face, CmapLookup> CMAPS = new EnumMap<>(Face.class);
    private static final Map<Face, Map<Integer, Float>> ADVANCES = new EnumMap<>(Face.class);

    private final PDDocument document;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);

    FontSet(PDDocument document) {
        this.document = document;
    }

    /** The PDF font for a face, embedded (as a subset) on first use. */
    PDType0Font font(Face face) {
        return loaded.computeIfAbsent(face, f -> {
            try {
                return PDType0Font.load(document, parsed(f), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed the bundled font " + f.file, e);
            }
        });
    }

    /** The face that draws {@code codePoint}, preferring {@code preferred} (regular or bold); null when none can. */
    static Face faceFor(int codePoint, Face preferred) {
        if (isArabic(codePoint) && has(Face.ARABIC, codePoint)) {
            return Face.ARABIC;
        }
        if (has(preferred, codePoint)) {
            return preferred;
        }
        if (preferred != Face.REGULAR && has(Face.REGULAR, codePoint)) {
            return Face.REGULAR;
        }
        if (has(Face.ARABIC, codePoint)) {
            return Face.ARABIC;
        }
        if (has(Face.CJK, codePoint)) {
            return Face.CJK;
        }
        return null;
    }

    /** The advance of a character in thousandths of the font size, as PDF widths are given. */
    static synchronized float advance(Face face, int codePoint) {
        return ADVANCES.computeIfAbsent(face, f -> new java.util.HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                TrueTypeFont font = parsed(face);
                return font.getAdvanceWidth(cmap(face).getGlyphId(cp)) * 1000f / font.getUnitsPerEm() * face.scale();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static boolean drawable(int codePoint) {
        return faceFor(codePoint, Face.REGULAR) != null;
    }

    static boolean isArabic(int codePoint) {
        return (codePoint >= 0x0600 && codePoint <= 0x06FF) || (codePoint >= 0x0750 && codePoint <= 0x077F)
                || (codePoint >= 0x08A0 && codePoint <= 0x08FF) || (codePoint >= 0xFB50 && codePoint <= 0xFDFF)
                || (codePoint >= 0xFE70 && codePoint <= 0xFEFF);
    }

    private static boolean has(Face face, int codePoint) {
        return cmap(face).getGlyphId(codePoint) > 0;
    }

    private static synchronized CmapLookup cmap(Face face) {
        CmapLookup cmap = CMAPS.get(face);
        if (cmap == null) {
            try {
                cmap = parsed(face).getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CMAPS.put(face, cmap);
        }
        return cmap;
    }

    private static synchronized TrueTypeFont parsed(Face face) {
        TrueTypeFont font = PARSED.get(face);
        if (font == null) {
            try {
                byte[] bytes = BundledFonts.read(face.file);
                hideTable(bytes, "GSUB");
                font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + face.file, e);
            }
            PARSED.put(face, font);
        }
        return font;
    }

    /**
     * Renames a table in the font's directory so it is ignored. Without GSUB, PDFBox draws each character
     * as its own glyph: no Latin ligatures that would spoil copied text, and no slow substitution pass
     * (Arabic is shaped by ICU4J beforehand, into presentation forms the font maps directly).
     */
    static void hideTable(byte[] font, String tag) {
        int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
        byte[] name = tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int index = 0; index < tables; index++) {
            int entry = 12 + 16 * index;
            if (entry + 4 <= font.length && java.util.Arrays.equals(font, entry, entry + 4, name, 0, 4)) {
                font[entry] = 'x';
            }
        }
    }
}
