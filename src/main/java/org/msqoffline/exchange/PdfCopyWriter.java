package org.msqoffline.exchange;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.ChoiceOption;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.Section;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Problem;

/**
 * Writes the human-readable copy of a submission, a tagged PDF/A-3a that is also PDF/UA-1: a cover page,
 * then every item in order with its answer, a bookmark per section, "Page x of y", clickable links, and
 * the submission JSON embedded as an associated file so the PDF alone carries the machine-readable answers.
 * Its structure tree reads cover, then per section a heading and per item the question and the answer.
 */
public final class PdfCopyWriter {
    static final String PRODUCER = "MSQ Offline";
    private static final float MARGIN = 56;
    private static final float TOP = 66;
    private static final float BOTTOM = 58;
    private static final float BODY = 9.5f;
    private static final float LEADING = 13.2f;
    private static final float INDENT = 30;
    private static final float[] INK = {0.10f, 0.10f, 0.12f};
    private static final float[] MUTED = {0.42f, 0.44f, 0.48f};
    private static final float[] ACCENT = {0.0f, 0.36f, 0.62f};
    private static final float[] ALERT = {0.75f, 0.12f, 0.10f};
    private static final float[] ANSWER_BAR = {0.62f, 0.78f, 0.90f};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Messages messages;

    public PdfCopyWriter(Messages messages) {
        this.messages = messages;
    }

    /** The PDF copy, unsigned (sign it with {@link PadesSigner} when a signer is named). */
    public byte[] write(PdfCopy copy) throws IOException {
        // The parsed fonts are shared across documents; one document at a time uses them.
        synchronized (FontSet.class) {
            try (PDDocument document = new PDDocument()) {
                new Writing(document, copy).write();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        }
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The state of one document being written: the current page and how far down it is filled. */
    private final class Writing {
        private final PDDocument document;
        private final PdfCopy copy;
        private final FontSet fonts;
        private final TextLayout layout;
        private final String language;
        private final PDRectangle paper;
        private final float width;
        private final List<PDPage> pages = new ArrayList<>();
        private final PDDocumentOutline outline = new PDDocumentOutline();
        private final LogicalStructure structure;
        private PDPage page;
        private PDPageContentStream content;
        private float y;
        // The structure element the text drawn now belongs to.
        private PDStructureElement tagged;
        private PDStructureElement coverTable;
        // A link running on from the end of the last line drawn, continued by a link at the start of the next.
        private PDStructureElement openLink;
        private String openLinkUri;

        Writing(PDDocument document, PdfCopy copy) {
            this.document = document;
            this.copy = copy;
            this.fonts = new FontSet(document);
            this.layout = new TextLayout(fonts);
            this.language = messages.language();
            this.paper = copy.paper().size();
            this.width = paper.getWidth() - 2 * MARGIN;
            this.structure = new LogicalStructure(language);
        }

        void write() throws IOException {
            try {
                cover();
                for (Section section : copy.questionnaire().sections()) {
                    section(section);
                }
            } finally {
                if (content != null) {
                    content.close();
                }
            }
            decorate();
            structure.install(document);
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.getDocumentCatalog().setPageMode(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);
            pdfa();
            embedJson();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            page = new PDPage(paper);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            y = paper.getHeight() - TOP;
        }

        private void ensure(float height) throws IOException {
            if (!fits(height)) {
                newPage();
            }
        }

        private boolean fits(float height) {
            return y - height >= BOTTOM;
        }

        private void bookmark(String title) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(title);
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(page);
            destination.setTop(Math.round(y + 24));
            destination.setLeft(0);
            item.setDestination(destination);
            outline.addLast(item);
        }

        private void cover() throws IOException {
            newPage();
            bookmark(messages.get("exchange.pdf.cover.bookmark"));
            Questionnaire questionnaire = copy.questionnaire();
            PDStructureElement cover = LogicalStructure.add(structure.document(), StandardStructureTypes.SECT);
            // The questionnaire's title and the country, one above the other, are the document's heading.
            PDStructureElement heading = LogicalStructure.add(cover, StandardStructureTypes.H1);
            tagged = inLanguage(heading, questionnaire.title().languageOf(language));
            y -= 10;
            paragraph(questionnaire.title().in(language), FontSet.Face.BOLD, 16, 21, MARGIN, width, ACCENT, false);
            tagged = heading;
            y -= 8;
            paragraph(copy.countryName(), FontSet.Face.BOLD, 24, 30, MARGIN, width, INK, false);
            coverTable = LogicalStructure.add(cover, StandardStructureTypes.TABLE);
            y -= 6;
            rule(MARGIN, width, ACCENT, 1.2f);
            y -= 18;
            float labelWidth = 150;
            row(messages.get("exchange.pdf.cover.questionnaire"), questionnaire.label(), labelWidth, INK);
            row(messages.get("exchange.pdf.cover.country"), copy.countryName() + " (" + copy.countryIso3() + ")", labelWidth, INK);
            row(messages.get("exchange.pdf.cover.respondent"), respondent(), labelWidth, INK);
            row(messages.get("exchange.pdf.cover.date"), DATE.format(copy.exported()), labelWidth, INK);
            var completeness = copy.completeness();
            if (completeness.complete()) {
                row(messages.get("exchange.pdf.cover.completeness"), messages.get("exchange.pdf.cover.complete",
                        completeness.answeredRequiredCount(), completeness.requiredCount()), labelWidth, INK);
            } else {
                List<String> missing = completeness.problems().stream().map(Problem::item).map(Item::number).toList();
                row(messages.get("exchange.pdf.cover.completeness"), messages.get("exchange.pdf.cover.incomplete",
                        completeness.answeredRequiredCount(), completeness.requiredCount(), String.join(", ", missing)), labelWidth, ALERT);
            }
            row(messages.get("exchange.pdf.cover.jsonSha256"), sha256Hex(copy.submissionJson()), labelWidth, INK);
            if (copy.unsigned()) {
                row(messages.get("exchange.pdf.cover.signer"), messages.get("exchange.pdf.cover.notSigned"), labelWidth, ALERT);
            } else {
                row(messages.get("exchange.pdf.cover.signer"), SigningIdentity.describe(copy.signer()), labelWidth, INK);
                row(messages.get("exchange.pdf.cover.fingerprint"), SigningIdentity.fingerprint(copy.signer()), labelWidth, INK);
            }
            y -= 10;
            rule(MARGIN, width, MUTED, 0.4f);
            y -= 16;
            tagged = LogicalStructure.add(cover, StandardStructureTypes.P);
            paragraph(messages.get("exchange.pdf.cover.about"), FontSet.Face.REGULAR, 8.5f, 12, MARGIN, width, MUTED, false);
        }

        private String respondent() {
            List<String> parts = new ArrayList<>();
            for (String id : List.of("contact-name", "contact-title", "contact-organization", "contact-email")) {
                copy.answers().get(id).ifPresent(value -> parts.add(answerText(copy.questionnaire().item(id).orElse(null), value)));
            }
            return parts.isEmpty() ? "\u2014" : String.join(", ", parts);
        }

        /** A row of the cover: a table row whose header cell (the label) names the row. */
        private void row(String label, String value, float labelWidth, float[] colour) throws IOException {
            List<TextLayout.Line> lines = layout.lines(value, FontSet.Face.REGULAR, 10, width - labelWidth);
            ensure(lines.size() * 14 + 6);
            float top = y;
            PDStructureElement row = LogicalStructure.add(coverTable, StandardStructureTypes.TR);
            tagged = LogicalStructure.add(row, StandardStructureTypes.TH);
            PDTableAttributeObject scope = new PDTableAttributeObject();
            scope.setScope(PDTableAttributeObject.SCOPE_ROW);
            tagged.addAttribute(scope);
            paragraph(label, FontSet.Face.BOLD, 8.5f, 14, MARGIN, labelWidth - 8, MUTED, false);
            float afterLabel = y;
            y = top;
            tagged = LogicalStructure.add(row, StandardStructureTypes.TD);
            tagged.setLanguage(otherLanguage(ScriptLanguage.of(value)));
            drawLines(lines, 10, 14, MARGIN + labelWidth, width - labelWidth, colour, false);
            y = Math.min(y, afterLabel) - 6;
        }

        private void section(Section section) throws IOException {
            ensure(80);
            if (y < paper.getHeight() - TOP) {
                y -= 16;
            }
            bookmark(section.displayTitle(language));
            PDStructureElement part = LogicalStructure.add(structure.document(), StandardStructureTypes.SECT);
            tagged = LogicalStructure.add(part, StandardStructureTypes.H1);
            tagged.setLanguage(otherLanguage(section.title().languageOf(language)));
            paragraph(section.displayTitle(language), FontSet.Face.BOLD, 13, 17, MARGIN, width, ACCENT, false);
            y -= 3;
            rule(MARGIN, width, ACCENT, 0.8f);
            y -= 14;
            for (Item item : section.items()) {
                item(part, item);
            }
        }

        /** An item: its group heading if it opens a group, then a Div holding the question and the answer. */
        private void item(PDStructureElement part, Item item) throws IOException {
            List<TextLayout.Line> question = layout.lines(item.text().in(language), FontSet.Face.REGULAR, BODY, width - INDENT);
            List<TextLayout.Line> heading = item.headingText()
                    .map(text -> layout.lines(text.in(language), FontSet.Face.BOLD, BODY, width)).orElse(List.of());
            Answer answer = answer(item);
            List<TextLayout.Line> answerLines = layout.lines(answer.text(), answer.face(), BODY, width - INDENT - 8);
            // Keep a question with at least the first lines of its answer.
            ensure((heading.size() + question.size() + Math.min(2, answerLines.size())) * LEADING + (heading.isEmpty() ? 0 : 6));
            if (!heading.isEmpty()) {
                tagged = LogicalStructure.add(part, StandardStructureTypes.H2);
                tagged.setLanguage(otherLanguage(item.heading().languageOf(language)));
                y -= 2;
                drawLines(heading, BODY, LEADING, MARGIN, width, INK, true);
                y -= 4;
            }
            PDStructureElement division = LogicalStructure.add(part, StandardStructureTypes.DIV);
            tagged = LogicalStructure.add(division, StandardStructureTypes.P);
            tagged.setLanguage(otherLanguage(item.text().languageOf(language)));
            float top = y;
            text(item.number(), FontSet.Face.BOLD, BODY, MARGIN, y - BODY, INK);
            if (item.isNew()) {
                // In the left margin, level with the number: marked without pushing the answer down.
                String marker = messages.get("exchange.pdf.new");
                float markerWidth = layout.measure(marker, FontSet.Face.BOLD, 6.5f);
                PDStructureElement questionElement = tagged;
                if (questionElement.getLanguage() != null) {
                    // The question fell back to another language; the marker is in the document's.
                    tagged = LogicalStructure.add(questionElement, StandardStructureTypes.SPAN);
                    tagged.setLanguage(language);
                }
                text(marker, FontSet.Face.BOLD, 6.5f, MARGIN - markerWidth - 5, y - BODY, ACCENT);
                tagged = questionElement;
            }
            drawLines(question, BODY, LEADING, MARGIN + INDENT, width - INDENT, MUTED, true);
            y = Math.min(y, top - LEADING);
            y -= 2;
            tagged = LogicalStructure.add(division, StandardStructureTypes.P);
            tagged.setLanguage(answer.language());
            drawAnswer(answerLines, answer.colour());
            y -= 9;
        }

        /** The answer's lines, with the answer bar beside them drawn once per page it spans rather than per line. */
        private void drawAnswer(List<TextLayout.Line> lines, float[] colour) throws IOException {
            float x = MARGIN + INDENT + 8;
            float barTop = y;
            for (TextLayout.Line line : lines) {
                if (!fits(LEADING)) {
                    answerBar(barTop);
                    newPage();
                    barTop = y;
                }
                drawLine(line, BODY, x, width - INDENT - 8, colour);
                y -= LEADING;
            }
            answerBar(barTop);
        }

        private void answerBar(float top) throws IOException {
            if (top == y) {
                return;
            }
            line(MARGIN + INDENT + 1, top + 1, MARGIN + INDENT + 1, y + 1, ANSWER_BAR, 1.6f);
        }

        /** An answer as drawn, and its language when it is not the document's (null then). */
        private record Answer(String text, FontSet.Face face, float[] colour, String language) {
        }

        private Answer answer(Item item) {
            if (!copy.completeness().isShown(item.id())) {
                String on = item.condition().flatMap(c -> copy.questionnaire().item(c.itemId())).map(Item::number).orElse("?");
                return new Answer(messages.get("exchange.pdf.notShown", on), FontSet.Face.REGULAR, MUTED, null);
            }
            Optional<AnswerValue> value = copy.answers().get(item.id());
            if (value.isEmpty()) {
                return item.requiredWhenShown()
                        ? new Answer(messages.get("exchange.pdf.unansweredRequired"), FontSet.Face.BOLD, ALERT, null)
                        : new Answer(messages.get("exchange.pdf.unanswered"), FontSet.Face.REGULAR, MUTED, null);
            }
            return new Answer(answerText(item, value.get()), FontSet.Face.REGULAR, INK, answerLanguage(item, value.get()));
        }

        /**
         * The language of an answer when it can be told cheaply and differs from the document's: text wholly
         * in one script that one UN language writes (Arabic, Chinese, Russian), else the language the option
         * labels are printed in. Latin-script text in another language is not detected.
         */
        private String answerLanguage(Item item, AnswerValue value) {
            String byScript = ScriptLanguage.of(answerText(item, value));
            if (byScript != null) {
                return otherLanguage(byScript);
            }
            if (value instanceof AnswerValue.Text) {
                return null;
            }
            List<AnswerValue.Choice> choices = value instanceof AnswerValue.Choice choice ? List.of(choice)
                    : ((AnswerValue.Choices) value).choices();
            Set<String> languages = new HashSet<>();
            for (AnswerValue.Choice choice : choices) {
                if (choice.freeText() != null) {
                    return null;
                }
                item.option(choice.optionId()).ifPresent(option -> languages.add(option.label().languageOf(language)));
            }
            return languages.size() == 1 ? otherLanguage(languages.iterator().next()) : null;
        }

        /** {@code element} itself when {@code textLanguage} is the document's, else a Span inside it in that language. */
        private PDStructureElement inLanguage(PDStructureElement element, String textLanguage) {
            String other = otherLanguage(textLanguage);
            if (other == null || other.equals(element.getLanguage())) {
                return element;
            }
            PDStructureElement span = LogicalStructure.add(element, StandardStructureTypes.SPAN);
            span.setLanguage(other);
            return span;
        }

        /** {@code other} when it is not the document's language, else null (the element inherits the document's). */
        private String otherLanguage(String other) {
            return other == null || other.equals(language) ? null : other;
        }

        private String answerText(Item item, AnswerValue value) {
            if (value instanceof AnswerValue.Text text) {
                return text.text();
            }
            List<AnswerValue.Choice> choices = value instanceof AnswerValue.Choice choice ? List.of(choice)
                    : ((AnswerValue.Choices) value).choices();
            List<String> lines = new ArrayList<>();
            for (AnswerValue.Choice choice : choices) {
                String label = item == null ? choice.optionId()
                        : item.option(choice.optionId()).map(ChoiceOption::label).map(l -> l.in(language)).orElse(choice.optionId());
                String line = choices.size() > 1 ? "\u2022 " + label : label;
                lines.add(choice.freeText() == null ? line : line + ": " + choice.freeText());
            }
            return String.join("\n", lines);
        }

        private void paragraph(String text, FontSet.Face face, float size, float leading, float x, float lineWidth, float[] colour,
                boolean breakable) throws IOException {
            drawLines(layout.lines(text, face, size, lineWidth), size, leading, x, lineWidth, colour, breakable);
        }

        private void drawLines(List<TextLayout.Line> lines, float size, float leading, float x, float lineWidth, float[] colour,
                boolean breakable) throws IOException {
            for (TextLayout.Line line : lines) {
                if (breakable) {
                    ensure(leading);
                }
                drawLine(line, size, x, lineWidth, colour);
                y -= leading;
            }
        }

        private void drawLine(TextLayout.Line line, float size, float x, float lineWidth, float[] colour) throws IOException {
            if (line.runs().isEmpty()) {
                return;
            }
            float baseline = y - size;
            float left = line.rightToLeft() ? x + lineWidth - line.width() : x;
            content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            if (line.links().isEmpty()) {
                structure.begin(content, page, owner(line));
                TextLayout.draw(content, line, left, baseline, size);
                LogicalStructure.end(content);
                openLink = null;
                return;
            }
            PDStructureElement[] linkElements = linkPieces(line, left, baseline, size);
            links(line, left, baseline, size, linkElements);
        }

        /**
         * Draws a line holding web addresses in pieces: the text around them belongs to the current element,
         * each address to a Link element inside it (one that goes on from the previous line continues that
         * line's Link). Returns the Link element of each address.
         */
        private PDStructureElement[] linkPieces(TextLayout.Line line, float left, float baseline, float size) throws IOException {
            List<TextLayout.Link> links = line.links();
            int[] cuts = new int[links.size() * 2];
            for (int index = 0; index < links.size(); index++) {
                cuts[2 * index] = links.get(index).start();
                cuts[2 * index + 1] = links.get(index).end();
            }
            PDStructureElement[] elements = new PDStructureElement[links.size()];
            TextLayout.draw(content, line, left, baseline, size, cuts, new TextLayout.Pieces() {
                @Override
                public void begin(int piece) throws IOException {
                    if (piece % 2 == 0) {
                        structure.begin(content, page, tagged);
                        return;
                    }
                    TextLayout.Link link = links.get(piece / 2);
                    boolean continued = piece == 1 && link.start() == 0 && openLink != null && link.uri().equals(openLinkUri)
                            && openLink.getParent().getCOSObject().equals(tagged.getCOSObject());
                    elements[piece / 2] = continued ? openLink : LogicalStructure.add(tagged, StandardStructureTypes.LINK);
                    structure.begin(content, page, elements[piece / 2]);
                }

                @Override
                public void end(int piece) throws IOException {
                    LogicalStructure.end(content);
                }
            });
            int length = line.runs().stream().mapToInt(run -> run.text().length()).sum();
            TextLayout.Link last = links.get(links.size() - 1);
            openLink = last.end() == length ? elements[elements.length - 1] : null;
            openLinkUri = last.uri();
            return elements;
        }

        private void links(TextLayout.Line line, float left, float baseline, float size, PDStructureElement[] elements)
                throws IOException {
            for (int index = 0; index < line.links().size(); index++) {
                TextLayout.Link link = line.links().get(index);
                PDAnnotationLink annotation = new PDAnnotationLink();
                annotation.setRectangle(new PDRectangle(left + link.x0(), baseline - size * 0.25f, link.x1() - link.x0(), size * 1.2f));
                PDBorderStyleDictionary border = new PDBorderStyleDictionary();
                border.setWidth(0);
                annotation.setBorderStyle(border);
                annotation.setPrinted(true);
                PDActionURI action = new PDActionURI();
                action.setURI(link.uri());
                annotation.setAction(action);
                // What a screen reader says for the link: where it leads.
                annotation.setContents(link.uri());
                page.getAnnotations().add(annotation);
                structure.annotation(elements[index], annotation, page);
            }
        }

        /**
         * The element a line's content belongs to: the current one or, for a line drawn shaped or reordered
         * (Arabic), a Span inside it whose ActualText is the line in logical order, so assistive technology
         * reads the letters in order rather than glyphs in display order.
         */
        private PDStructureElement owner(TextLayout.Line line) {
            if (line.reorderedFrom() == null) {
                return tagged;
            }
            PDStructureElement span = LogicalStructure.add(tagged, StandardStructureTypes.SPAN);
            span.setActualText(line.reorderedFrom());
            return span;
        }

        private void text(String text, FontSet.Face face, float size, float x, float baseline, float[] colour) throws IOException {
            for (TextLayout.Line line : layout.lines(text, face, size, width)) {
                if (line.runs().isEmpty()) {
                    continue;
                }
                content.setNonStrokingColor(colour[0], colour[1], colour[2]);
                structure.begin(content, page, owner(line));
                TextLayout.draw(content, line, x, baseline, size);
                LogicalStructure.end(content);
            }
        }

        private void rule(float x, float length, float[] colour, float thickness) throws IOException {
            line(x, y, x + length, y, colour, thickness);
        }

        /** A straight line that is layout, not text (an artifact), its ends on the page's grid. */
        private void line(float x0, float y0, float x1, float y1, float[] colour, float thickness) throws IOException {
            structure.beginArtifact(content, LogicalStructure.Artifact.LAYOUT);
            content.setStrokingColor(colour[0], colour[1], colour[2]);
            content.setLineWidth(thickness);
            content.moveTo(TextLayout.onGrid(x0), TextLayout.onGrid(y0));
            content.lineTo(TextLayout.onGrid(x1), TextLayout.onGrid(y1));
            content.stroke();
            LogicalStructure.end(content);
        }

        /** The running header (with the incomplete or unsigned marker) and "Page x of y", once the page count is known. */
        private void decorate() throws IOException {
            String title = copy.questionnaire().id().toUpperCase(java.util.Locale.ROOT) + " " + copy.questionnaire().edition()
                    + " \u00b7 " + copy.countryName() + " (" + copy.countryIso3() + ")";
            String marker = null;
            if (!copy.completeness().complete()) {
                marker = messages.get("exchange.pdf.incomplete", copy.completeness().problems().size());
            }
            if (copy.unsigned()) {
                String unsigned = messages.get("exchange.pdf.unsigned");
                marker = marker == null ? unsigned : marker + " \u00b7 " + unsigned;
            }
            float top = paper.getHeight() - 34;
            for (int index = 0; index < pages.size(); index++) {
                page = pages.get(index);
                try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                    content = stream;
                    structure.beginArtifact(content, LogicalStructure.Artifact.HEADER);
                    float titleWidth = 0;
                    for (TextLayout.Line line : layout.lines(title, FontSet.Face.REGULAR, 7.5f, width / 2)) {
                        content.setNonStrokingColor(MUTED[0], MUTED[1], MUTED[2]);
                        TextLayout.draw(content, line, MARGIN, top, 7.5f);
                        titleWidth = line.width();
                        break;
                    }
                    if (marker != null) {
                        // Right of the title; a marker too long for one line (French, Russian...) grows upwards,
                        // into the top margin, so that none of it is lost or drawn over the title.
                        List<TextLayout.Line> lines = layout.lines(marker, FontSet.Face.BOLD, 7.5f, width - titleWidth - 12);
                        content.setNonStrokingColor(ALERT[0], ALERT[1], ALERT[2]);
                        for (int row = 0; row < lines.size(); row++) {
                            TextLayout.Line line = lines.get(row);
                            TextLayout.draw(content, line, MARGIN + width - line.width(), top + 9 * (lines.size() - 1 - row), 7.5f);
                        }
                    }
                    LogicalStructure.end(content);
                    y = top - 6;
                    rule(MARGIN, width, MUTED, 0.3f);
                    String folio = messages.get("exchange.pdf.pageOf", index + 1, pages.size());
                    structure.beginArtifact(content, LogicalStructure.Artifact.FOOTER);
                    for (TextLayout.Line line : layout.lines(folio, FontSet.Face.REGULAR, 7.5f, width)) {
                        content.setNonStrokingColor(MUTED[0], MUTED[1], MUTED[2]);
                        TextLayout.draw(content, line, MARGIN + (width - line.width()) / 2, 30, 7.5f);
                    }
                    LogicalStructure.end(content);
                }
            }
            content = null;
        }

        private void pdfa() throws IOException {
            document.getDocument().setVersion(1.7f);
            document.getDocumentCatalog().setVersion("1.7");
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setLanguage(language);
            // Viewers show the title rather than the file name (PDF/UA).
            PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            preferences.setDisplayDocTitle(true);
            catalog.setViewerPreferences(preferences);
            Calendar created = calendar(copy.exported());
            String title = copy.questionnaire().title().in(language) + " \u2014 " + copy.countryName();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setProducer(PRODUCER);
            info.setCreator(PRODUCER);
            info.setCreationDate(created);
            info.setModificationDate(created);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(title, copy.exported(), language));
            catalog.setMetadata(metadata);
            PDOutputIntent intent = new PDOutputIntent(document,
                    new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }

        private void embedJson() throws IOException {
            Calendar created = calendar(copy.exported());
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(copy.submissionJson()), COSName.FLATE_DECODE);
            embedded.setSubtype("application/json");
            embedded.setSize(copy.submissionJson().length);
            embedded.setCreationDate(created);
            embedded.setModDate(created);
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile(AsicPackage.JSON);
            file.setFileUnicode(AsicPackage.JSON);
            file.setFileDescription(messages.get("exchange.pdf.jsonDescription"));
            file.setEmbeddedFile(embedded);
            file.setEmbeddedFileUnicode(embedded);
            file.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of(AsicPackage.JSON, file));
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(tree);
            catalog.setNames(names);
            COSArray associated = new COSArray();
            associated.add(file);
            catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
        }
    }

    /**
     * The XMP packet of the PDF/A: title, dates, producer, the PDF/A-3a and PDF/UA-1 identifications, matching the
     * document information dictionary. Written from a template rather than with xmpbox's serializer, whose
     * XML transformer costs a large part of a cold start; the tests read it back with xmpbox.
     */
    static byte[] xmp(String title, Instant created, String language) {
        String date = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                created.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + escape(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<xmp:CreatorTool>" + PRODUCER + "</xmp:CreatorTool>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>3</pdfaid:part>\n"
                + "<pdfaid:conformance>A</pdfaid:conformance>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "</rdf:Description>\n"
                // PDF/A allows schemas beyond its own only when the packet describes them.
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
                + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaProperty:name>part</pdfaProperty:name>\n"
                + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n"
                + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        return xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        calendar.setTimeInMillis(instant.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        return calendar;
    }
}
