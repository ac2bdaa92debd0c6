package org.msqoffline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.Exports;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.Section;

/**
 * The PDF copy is a tagged PDF (PDF/UA-1, PDF/A-3a): its structure tree reads in the order of the
 * questionnaire, every piece of page content is either tagged or an artifact, links and the signature are
 * tied to their elements, and text in another language says so. Checked on a signed copy in English and
 * an unsigned copy in Arabic (right to left, questions falling back to English).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaggedPdfTest {
    private static final Set<String> PAINTING = Set.of("Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*",
            "sh", "Do", "BI");

    private Path signed;
    private Path arabic;
    private Questionnaire questionnaire;

    @BeforeAll
    void export(@TempDir Path temp) throws Exception {
        try (ExchangeFixture fixture = new ExchangeFixture(temp.resolve("data")).complete().multiScript()) {
            Path asice = fixture.exports().export(fixture.response, ExchangeFixture.official(), temp.resolve("out"),
                    ExportOptions.defaults(), progress -> { });
            signed = Files.write(temp.resolve("signed.pdf"), TamperedPackages.read(Files.readAllBytes(asice)).get(AsicPackage.PDF));
            Exports inArabic = new Exports(fixture.responses, Clock.fixed(ExchangeFixture.NOW, ZoneOffset.UTC),
                    Messages.forLocale(Locale.forLanguageTag("ar")));
            arabic = inArabic.writePdf(fixture.response, temp.resolve("arabic.pdf"), Paper.LETTER);
            questionnaire = fixture.responses.questionnaireOf(fixture.response);
        }
    }

    @Test
    void theStructureTreeReadsCoverThenEverySectionWithItsItemsInOrder() throws Exception {
        try (Tagged pdf = new Tagged(signed)) {
            PDStructureElement document = pdf.documentElement();
            assertThat(document.getStructureType()).isEqualTo("Document");
            List<PDStructureElement> parts = elements(document);
            assertThat(parts).extracting(PDStructureElement::getStructureType).containsOnly("Sect", "Form");
            PDStructureElement cover = parts.get(0);
            assertThat(elements(cover)).extracting(PDStructureElement::getStructureType).containsExactly("H1", "Table", "P");
            assertThat(pdf.text(elements(cover).get(0))).startsWith("Member States Questionnaire").endsWith("Azerbaijan");
            List<PDStructureElement> rows = elements(elements(cover).get(1));
            assertThat(rows).isNotEmpty().allSatisfy(row -> {
                assertThat(elements(row)).extracting(PDStructureElement::getStructureType).containsExactly("TH", "TD");
                PDTableAttributeObject scope = (PDTableAttributeObject) elements(row).get(0).getAttributes().getObject(0);
                assertThat(scope.getScope()).isEqualTo(PDTableAttributeObject.SCOPE_ROW);
            });
            assertThat(pdf.text(rows.get(1))).isEqualTo("Country Azerbaijan (AZE)");

            List<Section> sections = questionnaire.sections();
            assertThat(parts.subList(1, parts.size() - 1)).hasSize(sections.size());
            List<PDStructureElement> items = new ArrayList<>();
            for (int index = 0; index < sections.size(); index++) {
                List<PDStructureElement> kids = elements(parts.get(index + 1));
                assertThat(kids.get(0).getStructureType()).isEqualTo("H1");
                assertThat(pdf.text(kids.get(0))).isEqualTo(sections.get(index).displayTitle("en"));
                kids.stream().filter(kid -> kid.getStructureType().equals("Div")).forEach(items::add);
                assertThat(kids.stream().filter(kid -> kid.getStructureType().equals("H2")).count())
                        .isEqualTo(sections.get(index).items().stream().filter(item -> item.headingText().isPresent()).count());
            }
            List<Item> expected = questionnaire.items();
            assertThat(items).hasSize(expected.size());
            for (int index = 0; index < expected.size(); index++) {
                Item item = expected.get(index);
                List<PDStructureElement> questionAndAnswer = elements(items.get(index));
                assertThat(questionAndAnswer).extracting(PDStructureElement::getStructureType).containsExactly("P", "P");
                String question = pdf.text(questionAndAnswer.get(0));
                String firstWords = String.join(" ", List.of(item.text().english().split("\\s+")).subList(0,
                        Math.min(3, item.text().english().split("\\s+").length)));
                assertThat(question).as("item " + item.number()).startsWith(item.number() + " ").contains(firstWords);
            }
            int country = expected.indexOf(questionnaire.item("contact-country").orElseThrow());
            assertThat(pdf.text(elements(items.get(country)).get(1))).isEqualTo("Azerbaijan");
        }
    }

    @Test
    void everyPieceOfPageContentIsTaggedOrAnArtifactAndEveryMcidLeadsBackToItsElement() throws Exception {
        for (Path file : List.of(signed, arabic)) {
            try (Tagged pdf = new Tagged(file)) {
                int pageIndex = 0;
                for (PDPage page : pdf.document.getPages()) {
                    String where = file.getFileName() + " page " + (pageIndex + 1);
                    List<Integer> mcids = contentMcids(page, where);
                    assertThat(mcids).as(where).isNotEmpty();
                    assertThat(mcids).as(where + ": MCIDs 0..n-1, each once").containsExactlyElementsOf(
                            java.util.stream.IntStream.range(0, mcids.size()).boxed().toList());
                    COSArray owners = (COSArray) pdf.parents.get(page.getStructParents());
                    assertThat(owners.size()).as(where).isEqualTo(mcids.size());
                    for (int mcid : mcids) {
                        PDStructureElement owner = new PDStructureElement((COSDictionary) owners.getObject(mcid));
                        assertThat(pdf.ownMarks(owner)).as(where + " MCID " + mcid).contains(new Mark(pageIndex, mcid));
                    }
                    assertThat(page.getCOSObject().getNameAsString("Tabs")).isEqualTo("S");
                    pageIndex++;
                }
            }
        }
    }

    @Test
    void everyLinkIsInALinkElementAndTheSignatureWidgetInAFormElement() throws Exception {
        try (Tagged pdf = new Tagged(signed)) {
            int links = 0;
            for (PDPage page : pdf.document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    PDStructureElement element = new PDStructureElement((COSDictionary) pdf.parents.get(annotation.getStructParent()));
                    List<COSBase> referenced = element.getKids().stream().filter(PDObjectReference.class::isInstance)
                            .map(kid -> ((PDObjectReference) kid).getReferencedObject().getCOSObject()).toList();
                    assertThat(referenced).contains(annotation.getCOSObject());
                    if (annotation instanceof PDAnnotationLink link) {
                        links++;
                        assertThat(element.getStructureType()).isEqualTo("Link");
                        String uri = ((PDActionURI) link.getAction()).getURI();
                        assertThat(link.getContents()).isEqualTo(uri);
                        assertThat(pdf.text(element)).isNotEmpty();
                        assertThat(uri).contains(pdf.text(element).replace(" ", ""));
                    } else {
                        assertThat(annotation).isInstanceOf(PDAnnotationWidget.class);
                        assertThat(element.getStructureType()).isEqualTo("Form");
                    }
                }
            }
            assertThat(links).isGreaterThan(10);
            List<PDField> fields = pdf.document.getDocumentCatalog().getAcroForm().getFields();
            assertThat(fields).hasSize(1);
            assertThat(fields.get(0).getAlternateFieldName()).startsWith("Submission to UN DESA");
        }
    }

    @Test
    void textInAnotherLanguageThanTheDocumentsSaysWhichOne() throws Exception {
        try (Tagged pdf = new Tagged(signed)) {
            assertThat(pdf.document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.documentElement().getLanguage()).isEqualTo("en");
            Map<String, PDStructureElement> answers = answers(pdf);
            assertThat(answers.get("a-portal-eservices").getLanguage()).isEqualTo("ar");
            assertThat(pdf.text(answers.get("a-portal-eservices"))).as("Arabic in logical order").isEqualTo(ExchangeFixture.ARABIC);
            assertThat(pdf.text(answers.get("contact-title"))).isEqualTo(ExchangeFixture.MIXED);
            assertThat(pdf.text(answers.get("a-portal-eparticipation"))).isEqualTo(ExchangeFixture.CHINESE);
            assertThat(answers.get("a-portal-eparticipation").getLanguage()).isEqualTo("zh");
            assertThat(answers.get("a-portal-open-data").getLanguage()).isEqualTo("ru");
            assertThat(answers.get("a-portal-procurement").getLanguage()).as("Azerbaijani, Latin script: not told").isNull();
            assertThat(answers.get("contact-title").getLanguage()).as("mixed scripts").isNull();
            assertThat(answers.get("d-strategy-exists").getLanguage()).isNull();
        }
        try (Tagged pdf = new Tagged(arabic)) {
            assertThat(pdf.document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(pdf.documentElement().getLanguage()).isEqualTo("ar");
            Map<String, PDStructureElement> answers = answers(pdf);
            assertThat(answers.get("a-portal-eservices").getLanguage()).isNull();
            PDStructureElement about = elements(elements(pdf.documentElement()).get(0)).get(2);
            assertThat(pdf.text(about)).as("an Arabic paragraph in logical order")
                    .isEqualTo(Messages.forLocale(Locale.forLanguageTag("ar")).get("exchange.pdf.cover.about").replaceAll("\\s+", " "));
            assertThat(answers.get("a-portal-eparticipation").getLanguage()).isEqualTo("zh");
            assertThat(answers.get("d-strategy-exists").getLanguage()).as("an option label printed in English").isEqualTo("en");
            PDStructureElement firstItem = elements(elements(pdf.documentElement()).get(1)).get(1);
            assertThat(elements(firstItem).get(0).getLanguage()).as("a question printed in English").isEqualTo("en");
            assertThat(elements(elements(pdf.documentElement()).get(1)).get(0).getLanguage()).as("a section title").isEqualTo("en");
        }
    }

    @Test
    void theCatalogTellsViewersItIsTaggedAndToShowTheTitle() throws Exception {
        try (Tagged pdf = new Tagged(arabic)) {
            var catalog = pdf.document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:conformance>A</pdfaid:conformance>").contains("<pdfuaid:part>1</pdfuaid:part>")
                    .contains("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + pdf.document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void veraPdfFindsTheArabicCopyPdfA3aAndPdfUa1() throws Exception {
        ExternalTools.assertPdfA3aAndPdfUa1(arabic);
    }

    /** The answer element (second P of its Div) of every item, by item id. */
    private Map<String, PDStructureElement> answers(Tagged pdf) {
        Map<String, PDStructureElement> answers = new HashMap<>();
        List<Item> items = questionnaire.items();
        int index = 0;
        for (PDStructureElement part : elements(pdf.documentElement())) {
            for (PDStructureElement kid : elements(part)) {
                if (kid.getStructureType().equals("Div")) {
                    answers.put(items.get(index++).id(), elements(kid).get(1));
                }
            }
        }
        return answers;
    }

    private static List<PDStructureElement> elements(PDStructureElement parent) {
        return parent.getKids().stream().filter(PDStructureElement.class::isInstance).map(PDStructureElement.class::cast).toList();
    }

    /**
     * The MCIDs in a page's content, in order, failing on any text or painting that is neither inside a
     * sequence with an MCID nor inside an artifact, and on tagged content inside an artifact.
     */
    private static List<Integer> contentMcids(PDPage page, String where) throws IOException {
        List<Integer> mcids = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        List<Object> operands = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (!(token instanceof Operator operator)) {
                operands.add(token);
                continue;
            }
            String name = operator.getName();
            if (name.equals("BDC") || name.equals("BMC")) {
                String tag = ((COSName) operands.get(0)).getName();
                COSDictionary properties = null;
                if (name.equals("BDC")) {
                    properties = operands.get(1) instanceof COSDictionary inline ? inline
                            : page.getResources().getProperties((COSName) operands.get(1)).getCOSObject();
                }
                boolean marked = properties != null && properties.containsKey(COSName.MCID);
                if (marked) {
                    assertThat(open).as(where + ": tagged content inside " + open).isEmpty();
                    mcids.add(properties.getInt(COSName.MCID));
                    open.push("MCID");
                } else {
                    assertThat(tag).as(where).isEqualTo("Artifact");
                    assertThat(open).as(where + ": an artifact inside " + open).isEmpty();
                    open.push(tag);
                }
            } else if (name.equals("EMC")) {
                open.pop();
            } else if (PAINTING.contains(name)) {
                assertThat(open).as(where + ": '" + name + "' outside any marked content").isNotEmpty();
            }
            operands.clear();
        }
        assertThat(open).as(where + ": unclosed marked content").isEmpty();
        return mcids;
    }

    /** A marked-content sequence: MCID {@code mcid} on page {@code page} (0-based). */
    private record Mark(int page, int mcid) {
    }

    /** A loaded tagged PDF: its parent tree, and the text of each marked-content sequence. */
    private static final class Tagged implements AutoCloseable {
        final PDDocument document;
        final Map<Integer, COSBase> parents = new HashMap<>();
        private final List<PDPage> pages = new ArrayList<>();
        private final Map<Mark, String> texts = new HashMap<>();

        Tagged(Path file) throws IOException {
            document = Loader.loadPDF(file.toFile());
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            COSArray numbers = root.getParentTree().getCOSObject().getCOSArray(COSName.NUMS);
            for (int index = 0; index < numbers.size(); index += 2) {
                COSBase value = numbers.get(index + 1);
                parents.put(((COSInteger) numbers.getObject(index)).intValue(), value instanceof COSObject object ? object.getObject() : value);
            }
            int pageIndex = 0;
            for (PDPage page : document.getPages()) {
                pages.add(page);
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    if (content.getMCID() >= 0) {
                        StringBuilder text = new StringBuilder();
                        content.getContents().stream().filter(TextPosition.class::isInstance)
                                .forEach(position -> text.append(((TextPosition) position).getUnicode()));
                        texts.put(new Mark(pageIndex, content.getMCID()), text.toString());
                    }
                }
                pageIndex++;
            }
        }

        PDStructureElement documentElement() {
            return (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
        }

        /** The marked-content sequences that are the element's own kids, in order. */
        List<Mark> ownMarks(PDStructureElement element) {
            List<Mark> marks = new ArrayList<>();
            for (Object kid : element.getKids()) {
                if (kid instanceof Integer mcid) {
                    marks.add(new Mark(pages.indexOf(element.getPage()), mcid));
                } else if (kid instanceof PDMarkedContentReference reference) {
                    marks.add(new Mark(pages.indexOf(reference.getPage()), reference.getMCID()));
                }
            }
            return marks;
        }

        /**
         * The element's text as assistive technology gets it: its ActualText if it has one, else its own
         * sequences and its children's in structure order, one space between sequences.
         */
        String text(PDStructureElement element) {
            if (element.getActualText() != null) {
                return element.getActualText();
            }
            List<String> parts = new ArrayList<>();
            for (Object kid : element.getKids()) {
                if (kid instanceof Integer mcid) {
                    parts.add(texts.get(new Mark(pages.indexOf(element.getPage()), mcid)));
                } else if (kid instanceof PDMarkedContentReference reference) {
                    parts.add(texts.get(new Mark(pages.indexOf(reference.getPage()), reference.getMCID())));
                } else if (kid instanceof PDStructureElement child) {
                    parts.add(text(child));
                }
            }
            return String.join(" ", parts).replaceAll("\\s+", " ").strip();
        }

        @Override
        public void close() throws IOException {
            document.close();
        }
    }
}
