package org.msqoffline.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.msqoffline.i18n.UserMessage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The layout of the submission package, an ASiC-E container with CAdES (ETSI EN 319 162-1): the names
 * of its files and its manifest, written and read here so writer and verifier cannot disagree.
 */
public final class AsicPackage {
    public static final String MIMETYPE = "application/vnd.etsi.asic-e+zip";
    public static final String MIMETYPE_ENTRY = "mimetype";
    public static final String JSON = "submission.json";
    public static final String PDF = "submission.pdf";
    public static final String MANIFEST = "META-INF/ASiCManifest.xml";
    public static final String SIGNATURE = "META-INF/signature001.p7s";
    static final String ASIC_NS = "http://uri.etsi.org/02918/v1.2.1#";
    static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
    static final String SHA256_URI = "http://www.w3.org/2001/04/xmlenc#sha256";

    private AsicPackage() {
    }

    /** The manifest naming the signature and the SHA-256 of each signed file (name to digest, in order). */
    static byte[] manifest(Map<String, byte[]> digests) {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<asic:ASiCManifest xmlns:asic=\"").append(ASIC_NS).append("\" xmlns:ds=\"").append(DSIG_NS).append("\">\n")
                .append("  <asic:SigReference URI=\"").append(SIGNATURE).append("\" MimeType=\"application/pkcs7-signature\"/>\n");
        for (Map.Entry<String, byte[]> entry : digests.entrySet()) {
            String mime = entry.getKey().endsWith(".json") ? "application/json" : "application/pdf";
            xml.append("  <asic:DataObjectReference URI=\"").append(entry.getKey()).append("\" MimeType=\"").append(mime).append("\">\n")
                    .append("    <ds:DigestMethod Algorithm=\"").append(SHA256_URI).append("\"/>\n")
                    .append("    <ds:DigestValue>").append(Base64.getEncoder().encodeToString(entry.getValue())).append("</ds:DigestValue>\n")
                    .append("  </asic:DataObjectReference>\n");
        }
        xml.append("</asic:ASiCManifest>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A manifest as read: the signature it names and the digest of each file it names (null for an unknown method). */
    record Manifest(String signature, Map<String, byte[]> sha256ByName) {
    }

    /** A manifest that cannot be read, and why. */
    static final class UnreadableManifestException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient UserMessage reason;

        UnreadableManifestException(UserMessage reason, Throwable cause) {
            super(reason.english(), cause);
            this.reason = reason;
        }

        UserMessage reason() {
            return reason;
        }
    }

    static Manifest readManifest(byte[] bytes) throws UnreadableManifestException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(bytes));
            Element root = document.getDocumentElement();
            if (!ASIC_NS.equals(root.getNamespaceURI()) || !"ASiCManifest".equals(root.getLocalName())) {
                throw new UnreadableManifestException(UserMessage.of("verify.manifest.notAsic"), null);
            }
            NodeList sigReferences = root.getElementsByTagNameNS(ASIC_NS, "SigReference");
            String signature = sigReferences.getLength() == 1 ? ((Element) sigReferences.item(0)).getAttribute("URI") : null;
            Map<String, byte[]> digests = new LinkedHashMap<>();
            NodeList references = root.getElementsByTagNameNS(ASIC_NS, "DataObjectReference");
            for (int index = 0; index < references.getLength(); index++) {
                Element reference = (Element) references.item(index);
                String uri = reference.getAttribute("URI");
                NodeList methods = reference.getElementsByTagNameNS(DSIG_NS, "DigestMethod");
                NodeList values = reference.getElementsByTagNameNS(DSIG_NS, "DigestValue");
                byte[] digest = null;
                if (methods.getLength() == 1 && values.getLength() == 1
                        && SHA256_URI.equals(((Element) methods.item(0)).getAttribute("Algorithm"))) {
                    try {
                        digest = Base64.getMimeDecoder().decode(values.item(0).getTextContent().strip());
                    } catch (IllegalArgumentException e) {
                        digest = null;
                    }
                }
                if (digests.containsKey(uri)) {
                    throw new UnreadableManifestException(UserMessage.of("verify.manifest.namedTwice", uri), null);
                }
                digests.put(uri, digest);
            }
            return new Manifest(signature, digests);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new UnreadableManifestException(UserMessage.of("verify.manifest.notXml"), e);
        }
    }
}
