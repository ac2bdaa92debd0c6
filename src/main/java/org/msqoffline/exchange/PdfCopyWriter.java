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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.ChoiceOption;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.Section;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.Problem;

/**
 * Writes the human-readable PDF/A-3b copy of a submission: a cover page, then every item in order
 * with its answer, a bookmark per section, "Page x of y", clickable links, and the submission JSON
 * embedded as an associated file so the PDF alone carries the machine-readable answers.
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

    /** The PDF/A-3b copy, unsigned (sign it with {@link PadesSigner} when a signer is named). */
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
        private PDPage page;
        private PDPageContentStream content;
        private float y;

        Writing(PDDocument document, PdfCopy copy) {
            this.document = document;
            this.copy = copy;
            this.fonts = new FontSet(document);
            this.layout = new TextLayout(fonts);
            this.language = messages.language();
            this.paper = copy.paper().size();
            this.width = paper.getWidth() - 2 * MARGIN;
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
            if (y - height < BOTTOM) {
                newPage();
            }
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
            y -= 10;
            paragraph(questionnaire.title().in(language), FontSet.Face.BOLD, 16, 21, MARGIN, width, ACCENT, false);
            y -= 8;
            paragraph(copy.countryName(), FontSet.Face.BOLD, 24, 30, MARGIN, width, INK, false);
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
            paragraph(messages.get("exchange.pdf.cover.about"), FontSet.Face.REGULAR, 8.5f, 12, MARGIN, width, MUTED, false);
        }

        private String respondent() {
            List<String> parts = new ArrayList<>();
            for (String id : List.of("contact-name", "contact-title", "contact-organization", "contact-email")) {
                copy.answers().get(id).ifPresent(value -> parts.add(answerText(copy.questionnaire().item(id).orElse(null), value)));
            }
            return parts.isEmpty() ? "\u2014" : String.join(", ", parts);
        }

        private void row(String label, String value, float labelWidth, float[] colour) throws IOException {
            List<TextLayout.Line> lines = layout.lines(value, FontSet.Face.REGULAR, 10, width - labelWidth);
            ensure(lines.size() * 14 + 6);
            float top = y;
            paragraph(label, FontSet.Face.BOLD, 8.5f, 14, MARGIN, labelWidth - 8, MUTED, false);
            float afterLabel = y;
            y = top;
            drawLines(lines, 10, 14, MARGIN + labelWidth, width - labelWidth, colour, false);
            y = Math.min(y, afterLabel) - 6;
        }

        private void section(Section section) throws IOException {
            ensure(80);
            if (y < paper.getHeight() - TOP) {
                y -= 16;
            }
            bookmark(section.displayTitle(language));
            paragraph(section.displayTitle(language), FontSet.Face.BOLD, 13, 17, MARGIN, width, ACCENT, false);
            y -= 3;
            rule(MARGIN, width, ACCENT, 0.8f);
            y -= 14;
            for (Item item : section.items()) {
                item(item);
            }
        }

        private void item(Item item) throws IOException {
            List<TextLayout.Line> question = layout.lines(item.text().in(language), FontSet.Face.REGULAR, BODY, width - INDENT);
            List<TextLayout.Line> heading = item.headingText()
                    .map(text -> layout.lines(text.in(language), FontSet.Face.BOLD, BODY, width)).orElse(List.of());
            Answer answer = answer(item);
            List<TextLayout.Line> answerLines = layout.lines(answer.text(), answer.face(), BODY, width - INDENT - 8);
            // Keep a question with at least the first lines of its answer.
            ensure((heading.size() + question.size() + Math.min(2, answerLines.size())) * LEADING + (heading.isEmpty() ? 0 : 6));
            if (!heading.isEmpty()) {
                y -= 2;
                drawLines(heading, BODY, LEADING, MARGIN, width, INK, true);
                y -= 4;
            }
            float top = y;
            text(item.number(), FontSet.Face.BOLD, BODY, MARGIN, y - BODY, INK);
            if (item.isNew()) {
                // In the left margin, level with the number: marked without pushing the answer down.
                String marker = messages.get("exchange.pdf.new");
                float markerWidth = layout.measure(marker, FontSet.Face.BOLD, 6.5f);
                text(marker, FontSet.Face.BOLD, 6.5f, MARGIN - markerWidth - 5, y - BODY, ACCENT);
            }
            drawLines(question, BODY, LEADING, MARGIN + INDENT, width - INDENT, MUTED, true);
            y = Math.min(y, top - LEADING);
            y -= 2;
            drawAnswer(answerLines, answer.colour());
            y -= 9;
        }

        private void drawAnswer(List<TextLayout.Line> lines, float[] colour) throws IOException {
            float x = MARGIN + INDENT + 8;
            for (TextLayout.Line line : lines) {
                ensure(LEADING);
                content.setStrokingColor(ANSWER_BAR[0], ANSWER_BAR[1], ANSWER_BAR[2]);
                content.setLineWidth(1.6f);
                content.moveTo(MARGIN + INDENT + 1, y + 1);
                content.lineTo(MARGIN + INDENT + 1, y - LEADING + 1);
                content.stroke();
                drawLine(line, BODY, x, width - INDENT - 8, colour);
                y -= LEADING;
            }
        }

        private record Answer(String text, FontSet.Face face, float[] colour) {
        }

        private Answer answer(Item item) {
            if (!copy.completeness().isShown(item.id())) {
                String on = item.condition().flatMap(c -> copy.questionnaire().item(c.itemId())).map(Item::number).orElse("?");
                return new Answer(messages.get("exchange.pdf.notShown", on), FontSet.Face.REGULAR, MUTED);
            }
            Optional<AnswerValue> value = copy.answers().get(item.id());
            if (value.isEmpty()) {
                return item.requiredWhenShown()
                        ? new Answer(messages.get("exchange.pdf.unansweredRequired"), FontSet.Face.BOLD, ALERT)
                        : new Answer(messages.get("exchange.pdf.unanswered"), FontSet.Face.REGULAR, MUTED);
            }
            return new Answer(answerText(item, value.get()), FontSet.Face.REGULAR, INK);
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
            float baseline = y - size;
            float left = line.rightToLeft() ? x + lineWidth - line.width() : x;
            content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            TextLayout.draw(content, line, left, baseline, size);
            links(line, left, baseline, size);
        }

        private void links(TextLayout.Line line, float left, float baseline, float size) throws IOException {
            for (TextLayout.Link link : line.links()) {
                PDAnnotationLink annotation = new PDAnnotationLink();
                annotation.setRectangle(new PDRectangle(left + link.x0(), baseline - size * 0.25f, link.x1() - link.x0(), size * 1.2f));
                PDBorderStyleDictionary border = new PDBorderStyleDictionary();
                border.setWidth(0);
                annotation.setBorderStyle(border);
                annotation.setPrinted(true);
                PDActionURI action = new PDActionURI();
                action.setURI(link.uri());
                annotation.setAction(action);
                page.getAnnotations().add(annotation);
            }
        }

        private void text(String text, FontSet.Face face, float size, float x, float baseline, float[] colour) throws IOException {
            for (TextLayout.Line line : layout.lines(text, face, size, width)) {
                content.setNonStrokingColor(colour[0], colour[1], colour[2]);
                TextLayout.draw(content, line, x, baseline, size);
            }
        }

        private void rule(float x, float length, float[] colour, float thickness) throws IOException {
            content.setStrokingColor(colour[0], colour[1], colour[2]);
            content.setLineWidth(thickness);
            content.moveTo(x, y);
            content.lineTo(x + length, y);
            content.stroke();
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
                    for (TextLayout.Line line : layout.lines(title, FontSet.Face.REGULAR, 7.5f, width / 2)) {
                        content.setNonStrokingColor(MUTED[0], MUTED[1], MUTED[2]);
                        TextLayout.draw(content, line, MARGIN, top, 7.5f);
                        break;
                    }
                    if (marker != null) {
                        for (TextLayout.Line line : layout.lines(marker, FontSet.Face.BOLD, 7.5f, width)) {
                            content.setNonStrokingColor(ALERT[0], ALERT[1], ALERT[2]);
                            TextLayout.draw(content, line, MARGIN + width - line.width(), top, 7.5f);
                            break;
                        }
                    }
                    y = top - 6;
                    rule(MARGIN, width, MUTED, 0.3f);
                    String folio = messages.get("exchange.pdf.pageOf", index + 1, pages.size());
                    for (TextLayout.Line line : layout.lines(folio, FontSet.Face.REGULAR, 7.5f, width)) {
                        content.setNonStrokingColor(MUTED[0], MUTED[1], MUTED[2]);
                        TextLayout.draw(content, line, MARGIN + (width - line.width()) / 2, 30, 7.5f);
                    }
                }
            }
            content = null;
        }

        private void pdfa() throws IOException {
            document.getDocument().setVersion(1.7f);
            document.getDocumentCatalog().setVersion("1.7");
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setLanguage(language);
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
     * The XMP packet of the PDF/A: title, dates, producer and the PDF/A-3b identification, matching the
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
                + "<pdfaid:conformance>B</pdfaid:conformance>\n"
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
