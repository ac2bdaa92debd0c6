package org.msqoffline.exchange;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;
import org.msqoffline.i18n.UserMessage;

/**
 * Detached CAdES signatures (CMS SignedData with ESS signing-certificate-v2): made over the ASiC
 * manifest and over a PDF's byte range, and checked again by {@link #verify}.
 */
public final class CadesSignature {
    private CadesSignature() {
    }

    /** What a checked signature says: who signed, when (if the signature says), and whether it holds. */
    public record Check(boolean valid, List<UserMessage> problems, X509Certificate signer, Instant signingTime) {
    }

    /**
     * Signs {@code content} detached. {@code signingTime} goes into the signed attributes when not null
     * (ASiC); PAdES leaves it out, as the time belongs in the signature dictionary there.
     */
    public static byte[] sign(byte[] content, SigningIdentity identity, Instant signingTime) throws IdentityException {
        try {
            X509Certificate certificate = identity.certificate();
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            // SHA-256 is ESSCertIDv2's default hash, so the algorithm is left out (as DER requires).
            SigningCertificateV2 signingCertificate = new SigningCertificateV2(new ESSCertIDv2(certificateHash));
            Hashtable<org.bouncycastle.asn1.ASN1ObjectIdentifier, Attribute> attributes = new Hashtable<>();
            attributes.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
            if (signingTime != null) {
                attributes.put(CMSAttributes.signingTime, new Attribute(CMSAttributes.signingTime,
                        new DERSet(new Time(Date.from(signingTime)))));
            }
            DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(parameters -> {
                        AttributeTable table = defaults.getAttributes(parameters);
                        return signingTime == null ? table.remove(CMSAttributes.signingTime) : table;
                    })
                    .build(new JcaContentSignerBuilder(identity.signatureAlgorithm()).build(identity.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(identity.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IdentityException(UserMessage.of("identity.cannotSign", e.getMessage()), e);
        }
    }

    /** Checks a detached signature over {@code content}: exactly one signer, its certificate bound and its signature valid. */
    public static Check verify(byte[] signature, byte[] content) {
        try {
            return check(signature, content);
        } catch (RuntimeException e) {
            // A damaged structure can fail anywhere inside BouncyCastle's parsing: it is simply not valid.
            return new Check(false, List.of(UserMessage.of("signature.damaged", e.getClass().getSimpleName())), null, null);
        }
    }

    private static Check check(byte[] signature, byte[] content) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
        } catch (CMSException | RuntimeException e) {
            return new Check(false, List.of(UserMessage.of("signature.notCms")), null, null);
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return new Check(false, List.of(UserMessage.of("signature.signerCount", signers.size())), null, null);
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Store<X509CertificateHolder> certificates = signed.getCertificates();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = certificates.getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return new Check(false, List.of(UserMessage.of("signature.certificateMissing")), null, null);
        }
        X509CertificateHolder holder = matches.iterator().next();
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(holder);
        } catch (GeneralSecurityException e) {
            return new Check(false, List.of(UserMessage.of("signature.certificateUnreadable")), null, null);
        }
        List<UserMessage> problems = new java.util.ArrayList<>(strictness(signed, signer, signature));
        Instant time = null;
        AttributeTable signedAttributes = signer.getSignedAttributes();
        if (signedAttributes == null) {
            problems.add(UserMessage.of("signature.noSignedAttributes"));
        } else {
            Attribute essV2 = signedAttributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (essV2 == null) {
                problems.add(UserMessage.of("signature.noSigningCertificate"));
            } else if (!boundTo(essV2, holder)) {
                problems.add(UserMessage.of("signature.signingCertificateMismatch"));
            }
            Attribute signingTime = signedAttributes.get(CMSAttributes.signingTime);
            if (signingTime != null) {
                ASN1Encodable value = signingTime.getAttrValues().getObjectAt(0);
                time = value instanceof ASN1UTCTime utc ? Time.getInstance(utc).getDate().toInstant()
                        : Time.getInstance(value).getDate().toInstant();
            }
        }
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                problems.add(UserMessage.of("signature.mismatch"));
            }
        } catch (OperatorCreationException | CMSException | RuntimeException e) {
            problems.add(UserMessage.of("signature.mismatch"));
        }
        return new Check(problems.isEmpty(), problems, certificate, time);
    }

    /**
     * The parts of a CMS structure no signature covers (its version numbers, the list of digest
     * algorithms, unsigned attributes, extra certificates, non-canonical lengths) must be exactly what a
     * signer writes: otherwise a changed signature file would still verify.
     */
    private static List<UserMessage> strictness(CMSSignedData signed, SignerInformation signer, byte[] bytes) {
        List<UserMessage> problems = new java.util.ArrayList<>();
        try {
            if (!java.util.Arrays.equals(signed.toASN1Structure().getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER), bytes)) {
                problems.add(UserMessage.of("signature.notDer"));
            }
        } catch (java.io.IOException e) {
            problems.add(UserMessage.of("signature.notReencodable"));
        }
        if (!org.bouncycastle.asn1.cms.CMSObjectIdentifiers.signedData.equals(signed.toASN1Structure().getContentType())) {
            problems.add(UserMessage.of("signature.notSignedData"));
        }
        org.bouncycastle.asn1.cms.SignedData structure = org.bouncycastle.asn1.cms.SignedData.getInstance(
                signed.toASN1Structure().getContent());
        if (!org.bouncycastle.asn1.cms.CMSObjectIdentifiers.data.equals(structure.getEncapContentInfo().getContentType())) {
            problems.add(UserMessage.of("signature.notPlainData"));
        }
        int signerVersion = signer.getSID().getSubjectKeyIdentifier() != null ? 3 : 1;
        if (signer.getVersion() != signerVersion || structure.getVersion().intValueExact() != signerVersion) {
            problems.add(UserMessage.of("signature.versionMismatch"));
        }
        if (!signed.getDigestAlgorithmIDs().equals(java.util.Set.of(signer.getDigestAlgorithmID()))) {
            problems.add(UserMessage.of("signature.digestAlgorithms"));
        }
        if (signer.getUnsignedAttributes() != null && signer.getUnsignedAttributes().size() > 0) {
            problems.add(UserMessage.of("signature.unsignedAttributes"));
        }
        if (structure.getCRLs() != null && structure.getCRLs().size() > 0) {
            problems.add(UserMessage.of("signature.revocationLists"));
        }
        if (signed.getSignedContent() != null && structure.getEncapContentInfo().getContent() != null) {
            problems.add(UserMessage.of("signature.notDetached"));
        }
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> all = signed.getCertificates().getMatches(null);
        for (X509CertificateHolder certificate : all) {
            boolean signerOrIssuer = certificate.getSubject().equals(signer.getSID().getIssuer()) && all.size() > 1
                    || signer.getSID().match(certificate)
                    || all.stream().anyMatch(other -> other != certificate && other.getIssuer().equals(certificate.getSubject()));
            if (!signerOrIssuer) {
                problems.add(UserMessage.of("signature.foreignCertificate"));
                break;
            }
        }
        return problems;
    }

    private static boolean boundTo(Attribute essV2, X509CertificateHolder certificate) {
        try {
            SigningCertificateV2 value = SigningCertificateV2.getInstance(essV2.getAttrValues().getObjectAt(0));
            for (ESSCertIDv2 id : value.getCerts()) {
                AlgorithmIdentifier algorithm = id.getHashAlgorithm();
                String name = algorithm == null || NISTObjectIdentifiers.id_sha256.equals(algorithm.getAlgorithm()) ? "SHA-256"
                        : NISTObjectIdentifiers.id_sha512.equals(algorithm.getAlgorithm()) ? "SHA-512"
                        : NISTObjectIdentifiers.id_sha384.equals(algorithm.getAlgorithm()) ? "SHA-384" : null;
                if (name != null && Arrays.equals(MessageDigest.getInstance(name).digest(certificate.getEncoded()), id.getCertHash())) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return false;
        }
    }
}
