package org.msqoffline.exchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

/**
 * The logical structure of a PDF being written, so that it is a tagged PDF: structure elements in
 * reading order, each piece of page content tied to its element by a marked-content identifier (MCID),
 * annotations tied to theirs by an object reference, and the parent tree that maps content back to
 * elements. Content that is not part of the text (rules, running headers, page numbers) is an artifact.
 */
final class LogicalStructure {
    private static final COSName TABS = COSName.getPDFName("Tabs");
    // Tabs /S: annotations are visited in the order of the structure tree.
    private static final COSName STRUCTURE_ORDER = COSName.S;

    /** What kind of artifact: layout (rules, bars) or pagination (running header, page number). */
    enum Artifact {
        LAYOUT("Layout", null),
        HEADER("Pagination", "Header"),
        FOOTER("Pagination", "Footer");

        private final String type;
        private final String subtype;

        Artifact(String type, String subtype) {
            this.type = type;
            this.subtype = subtype;
        }
    }

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    // Per page, in order of first use: the elements its MCIDs belong to, MCID n at index n.
    private final Map<COSDictionary, PageMarks> pages = new LinkedHashMap<>();
    // Parent tree: a page's StructParents key maps to its array of elements; an annotation's StructParent key to its element.
    private final TreeMap<Integer, COSBase> parents = new TreeMap<>();
    private final Map<Artifact, PDPropertyList> artifacts = new EnumMap<>(Artifact.class);
    private int nextKey;

    private static final class PageMarks {
        final int key;
        final List<PDStructureElement> owners = new ArrayList<>();

        PageMarks(int key) {
            this.key = key;
        }
    }

    LogicalStructure(String language) {
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        document.setLanguage(language);
        root.appendKid(document);
    }

    /** The Document element, the root of everything written. */
    PDStructureElement document() {
        return document;
    }

    /** A new element of {@code type} (one of {@link StandardStructureTypes}) as the last child of {@code parent}. */
    static PDStructureElement add(PDStructureNode parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /**
     * Opens a marked-content sequence on {@code page} that belongs to {@code element}; close it with
     * {@link #end}. The element gets the sequence as its next kid, so kids stay in reading order.
     */
    void begin(PDPageContentStream content, PDPage page, PDStructureElement element) throws IOException {
        PageMarks marks = pages.computeIfAbsent(page.getCOSObject(), p -> new PageMarks(nextKey++));
        int mcid = marks.owners.size();
        marks.owners.add(element);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        if (page.getCOSObject().equals(element.getPage().getCOSObject())) {
            element.appendKid(mcid);
        } else {
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.getCOSObject().setDirect(true);
            reference.setPage(page);
            reference.setMCID(mcid);
            element.appendKid(reference);
        }
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
    }

    /** Opens a marked-content sequence for an artifact: content that is not part of the text. */
    void beginArtifact(PDPageContentStream content, Artifact artifact) throws IOException {
        // One property list per kind for the whole document: each page's resources name it once.
        PDPropertyList properties = artifacts.computeIfAbsent(artifact, kind -> {
            COSDictionary dictionary = new COSDictionary();
            dictionary.setName(COSName.TYPE, kind.type);
            if (kind.subtype != null) {
                dictionary.setName(COSName.SUBTYPE, kind.subtype);
            }
            return PDPropertyList.create(dictionary);
        });
        content.beginMarkedContent(COSName.ARTIFACT, properties);
    }

    static void end(PDPageContentStream content) throws IOException {
        content.endMarkedContent();
    }

    /** Makes {@code annotation} on {@code page} a kid of {@code element} (a Link, say), after its earlier kids. */
    void annotation(PDStructureElement element, PDAnnotation annotation, PDPage page) {
        int key = nextKey++;
        annotation.setStructParent(key);
        PDObjectReference reference = new PDObjectReference();
        reference.getCOSObject().setDirect(true);
        reference.setReferencedObject(annotation);
        if (element.getPage() == null || !element.getPage().getCOSObject().equals(page.getCOSObject())) {
            // Otherwise the page is the element's, which the reference inherits.
            reference.setPage(page);
        }
        element.appendKid(reference);
        parents.put(key, element.getCOSObject());
    }

    /**
     * Installs the structure in the document: the structure tree root with its parent tree, MarkInfo, and on
     * every page its StructParents key and the tab order of its annotations following the structure.
     */
    void install(PDDocument pdf) {
        for (Map.Entry<COSDictionary, PageMarks> page : pages.entrySet()) {
            COSArray owners = new COSArray();
            // An object of its own: adding the signature's widget later then rewrites only the short list of keys.
            owners.setDirect(false);
            page.getValue().owners.forEach(owner -> owners.add(owner.getCOSObject()));
            parents.put(page.getValue().key, owners);
            page.getKey().setInt(COSName.STRUCT_PARENTS, page.getValue().key);
        }
        for (PDPage page : pdf.getPages()) {
            page.getCOSObject().setItem(TABS, STRUCTURE_ORDER);
        }
        COSArray numbers = new COSArray();
        parents.forEach((key, value) -> {
            numbers.add(COSInteger.get(key));
            numbers.add(value);
        });
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDStructureElement.class);
        parentTree.getCOSObject().setItem(COSName.NUMS, numbers);
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(nextKey);
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
    }

    /**
     * Tags a form field's widget added to a tagged PDF that was loaded (a signature's, say): a Form element
     * at the end of the Document element refers to it, and the parent tree maps it back. An untagged PDF is
     * left as it is.
     */
    static void tagWidget(PDDocument pdf, PDAnnotationWidget widget) throws IOException {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null || root.getParentTree() == null || root.getKids().isEmpty()
                || !(root.getKids().get(0) instanceof PDStructureElement top)) {
            return;
        }
        COSArray numbers = root.getParentTree().getCOSObject().getCOSArray(COSName.NUMS);
        if (numbers == null) {
            return;
        }
        PDStructureElement form = add(top, StandardStructureTypes.FORM);
        int key = root.getParentTreeNextKey();
        widget.setStructParent(key);
        PDObjectReference reference = new PDObjectReference();
        reference.getCOSObject().setDirect(true);
        reference.setReferencedObject(widget);
        if (widget.getPage() != null) {
            form.setPage(widget.getPage());
        }
        form.appendKid(reference);
        numbers.add(COSInteger.get(key));
        numbers.add(form.getCOSObject());
        root.setParentTreeNextKey(key + 1);
    }
}
