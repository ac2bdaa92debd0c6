package org.msqoffline.exchange;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Breaks text of any script into lines of a given width and draws them: each character in a bundled
 * font that has it, Arabic shaped and laid out right to left (ICU4J), mixed scripts in Unicode bidi
 * order, web addresses remembered so they can be made clickable.
 */
final class TextLayout {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"()\\[\\]]+[^\\s<>\"()\\[\\].,;:!?']");

    private final FontSet fonts;
    // ICU is loaded only for text that needs it (right-to-left, CJK and other complex scripts): Latin and
    // Cyrillic break well with the JDK's rules, and ICU's data costs a noticeable part of a cold start.
    private java.text.BreakIterator simpleBreaks;
    private com.ibm.icu.text.BreakIterator complexBreaks;

    TextLayout(FontSet fonts) {
        this.fonts = fonts;
    }

    /** A stretch of one font, in visual order. */
    record Run(PDType0Font font, float scale, String text, float width) {
    }

    /**
     * A clickable web address on a line: from {@code x0} to {@code x1} relative to the line's start, and
     * characters {@code start} to {@code end} of its runs' text (lines with links are never reordered).
     */
    record Link(float x0, float x1, int start, int end, String uri) {
    }

    /**
     * One laid-out line: its runs left to right, its width, whether it is right-aligned (RTL), and its
     * text in logical order when the runs are not (shaped or reordered for display), else null.
     */
    record Line(List<Run> runs, float width, boolean rightToLeft, List<Link> links, String reorderedFrom) {
    }

    /** Characters no bundled font has are replaced by U+FFFD; controls and invisible format characters are dropped. */
    static String drawableText(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                clean.append("    ");
            } else if (cp == '\n') {
                clean.append('\n');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
                return;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                clean.append(' ');
            } else if (FontSet.drawable(cp)) {
                clean.appendCodePoint(cp);
            } else {
                clean.appendCodePoint(FontSet.REPLACEMENT);
            }
        });
        return clean.toString();
    }

    /** Lays out {@code text} (paragraphs separated by newlines) into lines no wider than {@code width}. */
    List<Line> lines(String text, FontSet.Face face, float size, float width) {
        List<Line> lines = new ArrayList<>();
        for (String paragraph : drawableText(text).split("\n", -1)) {
            paragraphLines(paragraph.stripTrailing(), face, size, width, lines);
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).runs().isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private void paragraphLines(String paragraph, FontSet.Face face, float size, float width, List<Line> out) {
        if (paragraph.isBlank()) {
            out.add(new Line(List.of(), 0, false, List.of(), null));
            return;
        }
        boolean complex = complex(paragraph);
        boolean rtl = complex && Bidi.getBaseDirection(paragraph) == Bidi.RTL;
        List<int[]> urls = new ArrayList<>();
        Matcher matcher = URL.matcher(paragraph);
        while (matcher.find()) {
            urls.add(new int[] {matcher.start(), matcher.end()});
        }
        java.util.function.IntSupplier breaks = breaks(paragraph, complex);
        int lineStart = 0;
        int lineEnd = 0;
        float lineWidth = 0;
        for (int end = breaks.getAsInt(); end >= 0; end = breaks.getAsInt()) {
            int start = lineEnd;
            String token = paragraph.substring(start, end);
            String visible = token.stripTrailing();
            float visibleWidth = measure(visible, face, size);
            if (lineWidth + visibleWidth <= width) {
                lineEnd = end;
                lineWidth += visibleWidth + measure(token.substring(visible.length()), face, size);
                continue;
            }
            if (lineEnd > lineStart) {
                out.add(line(paragraph, lineStart, lineEnd, face, size, rtl, urls));
                lineStart = lineEnd;
            }
            if (visibleWidth <= width) {
                lineEnd = end;
                lineWidth = visibleWidth + measure(token.substring(visible.length()), face, size);
                continue;
            }
            // One token longer than a line (a long web address, say): cut it after a '/', '?', '&' or '-'
            // in the second half of the line, else between characters.
            int cut = start;
            float pieceWidth = 0;
            int soft = -1;
            float softWidth = 0;
            for (int next = start; next < end; ) {
                int cp = paragraph.codePointAt(next);
                float advance = measure(Character.toString(cp), face, size);
                if (next > cut && pieceWidth + advance > width && cp != ' ') {
                    int at = soft > cut ? soft : next;
                    out.add(line(paragraph, cut, at, face, size, rtl, urls));
                    pieceWidth = at == next ? 0 : pieceWidth - softWidth;
                    cut = at;
                    soft = -1;
                }
                pieceWidth += advance;
                next += Character.charCount(cp);
                if ("/?&-=_".indexOf(cp) >= 0 && pieceWidth > width / 2) {
                    soft = next;
                    softWidth = pieceWidth;
                }
            }
            lineStart = cut;
            lineEnd = end;
            lineWidth = pieceWidth;
        }
        if (lineEnd > lineStart) {
            out.add(line(paragraph, lineStart, lineEnd, face, size, rtl, urls));
        }
    }

    private Line line(String paragraph, int start, int end, FontSet.Face face, float size, boolean rtl, List<int[]> urls) {
        String logical = paragraph.substring(start, end).stripTrailing();
        String visual = visual(logical, rtl);
        List<Run> runs = runs(visual, face, size);
        float width = 0;
        for (Run run : runs) {
            width += run.width();
        }
        List<Link> links = new ArrayList<>();
        if (!rtl && !needsBidi(logical)) {
            int lineEnd = start + logical.length();
            for (int[] url : urls) {
                int from = Math.max(url[0], start);
                int to = Math.min(url[1], lineEnd);
                if (from < to) {
                    links.add(new Link(measure(paragraph.substring(start, from), face, size),
                            measure(paragraph.substring(start, to), face, size), from - start, to - start,
                            paragraph.substring(url[0], url[1])));
                }
            }
        }
        return new Line(runs, width, rtl, links, visual.equals(logical) ? null : logical);
    }

    /** Shapes Arabic and reorders for display; left-to-right text without RTL characters is returned as is. */
    static String visual(String logical, boolean rtl) {
        if (!rtl && !needsBidi(logical)) {
            return logical;
        }
        String shaped = logical;
        if (logical.codePoints().anyMatch(FontSet::isArabic)) {
            try {
                shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
                        | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(logical);
            } catch (ArabicShapingException e) {
                shaped = logical;
            }
        }
        Bidi bidi = new Bidi(shaped, rtl ? Bidi.RTL : Bidi.LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** Whether text has characters from Hebrew onwards: right-to-left, CJK and other scripts ICU handles. */
    static boolean complex(String text) {
        for (int index = 0; index < text.length(); index++) {
            if (text.charAt(index) >= 0x0590) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsBidi(String text) {
        return complex(text) && Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    /** The line break opportunities of a paragraph, one per call, then -1. */
    private java.util.function.IntSupplier breaks(String paragraph, boolean complex) {
        if (complex) {
            if (complexBreaks == null) {
                complexBreaks = com.ibm.icu.text.BreakIterator.getLineInstance();
            }
            com.ibm.icu.text.BreakIterator iterator = complexBreaks;
            iterator.setText(paragraph);
            return () -> {
                int next = iterator.next();
                return next == com.ibm.icu.text.BreakIterator.DONE ? -1 : next;
            };
        }
        if (simpleBreaks == null) {
            simpleBreaks = java.text.BreakIterator.getLineInstance(java.util.Locale.ROOT);
        }
        java.text.BreakIterator iterator = simpleBreaks;
        iterator.setText(paragraph);
        return () -> {
            int next = iterator.next();
            return next == java.text.BreakIterator.DONE ? -1 : next;
        };
    }

    /** The width of logical text once shaped, in points. */
    float measure(String logical, FontSet.Face face, float size) {
        if (logical.isEmpty()) {
            return 0;
        }
        String text = logical.codePoints().anyMatch(FontSet::isArabic) ? visual(logical, false) : logical;
        float width = 0;
        for (int index = 0; index < text.length(); ) {
            int cp = text.codePointAt(index);
            index += Character.charCount(cp);
            FontSet.Face drawn = FontSet.faceFor(cp, face);
            width += drawn == null ? FontSet.advance(FontSet.Face.REGULAR, FontSet.REPLACEMENT) : FontSet.advance(drawn, cp);
        }
        return width / 1000f * size;
    }

    private List<Run> runs(String visual, FontSet.Face preferred, float size) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        FontSet.Face currentFace = null;
        int index = 0;
        while (index < visual.length()) {
            int cp = visual.codePointAt(index);
            index += Character.charCount(cp);
            FontSet.Face face = FontSet.faceFor(cp, preferred);
            if (face == null) {
                cp = FontSet.REPLACEMENT;
                face = FontSet.Face.REGULAR;
            }
            // Spaces stay in the run they are in, so Arabic words are not split into many runs.
            if (cp == ' ' && currentFace != null) {
                face = currentFace;
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(run(currentFace, current.toString(), size));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(run(currentFace, current.toString(), size));
        }
        return runs;
    }

    private Run run(FontSet.Face face, String text, float size) {
        PDType0Font font = fonts.font(face);
        try {
            String drawn = text;
            if (text.indexOf(' ') >= 0 && !font.hasGlyph(' ')) {
                drawn = text.replace(' ', '\u00A0');
            }
            return new Run(font, face.scale(), drawn, font.getStringWidth(drawn) / 1000f * size * face.scale());
        } catch (IOException | IllegalArgumentException e) {
            // A bundled font that cannot measure its own text is a defect, not something a user can fix.
            throw new UncheckedIOException("cannot measure text in " + face + ": " + e.getMessage(), new IOException(e));
        }
    }

    /** Draws a line with its left edge at {@code x} and baseline at {@code y}. */
    static void draw(PDPageContentStream content, Line line, float x, float y, float size) throws IOException {
        draw(content, line, x, y, size, new int[0], null);
    }

    /**
     * A position on the page rounded to 1/8 point (0.04 mm, far below what any eye or printer tells apart).
     * Eighths are exact in binary, so they are written "807.875" rather than as float noise like "807.88977":
     * shorter content streams, and a smaller package.
     */
    static float onGrid(float position) {
        return Math.round(position * 8) / 8f;
    }

    /** Told where each piece of a line begins and ends, to wrap it in its own marked-content sequence. */
    interface Pieces {
        void begin(int piece) throws IOException;

        void end(int piece) throws IOException;
    }

    /**
     * Draws a line cut at the character offsets {@code cuts} (ascending, into the runs' text) into pieces
     * 0 to cuts.length; {@code pieces} hears where each non-empty piece begins and ends. The pieces are
     * drawn in one text object, one after the other, so the page looks exactly as without cuts.
     */
    static void draw(PDPageContentStream content, Line line, float x, float y, float size, int[] cuts, Pieces pieces)
            throws IOException {
        if (line.runs().isEmpty()) {
            return;
        }
        content.beginText();
        content.newLineAtOffset(onGrid(x), onGrid(y));
        int piece = 0;
        int offset = 0;
        boolean open = false;
        for (Run run : line.runs()) {
            content.setFont(run.font(), size * run.scale());
            String text = run.text();
            int from = 0;
            while (from < text.length()) {
                while (piece < cuts.length && cuts[piece] <= offset + from) {
                    if (open) {
                        pieces.end(piece);
                        open = false;
                    }
                    piece++;
                }
                int to = piece < cuts.length ? Math.min(text.length(), cuts[piece] - offset) : text.length();
                if (!open && pieces != null) {
                    pieces.begin(piece);
                    open = true;
                }
                content.showText(text.substring(from, to));
                from = to;
            }
            offset += text.length();
        }
        if (open) {
            pieces.end(piece);
        }
        content.endText();
    }
}
