package org.msqoffline.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.msqoffline.i18n.UserMessage;

/**
 * A private key with its X.509 certificate (and chain), used to sign packages: created with a
 * self-signed certificate, or opened from a passphrase-protected PKCS#12 file (ours or a CA's).
 */
public final class SigningIdentity {
    /** The shortest passphrase a new identity takes. */
    public static final int MIN_PASSPHRASE_LENGTH = 8;
    private static final String ALIAS = "msq-offline-signing";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    private SigningIdentity(PrivateKey privateKey, List<X509Certificate> chain) {
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
    }

    /** Who the certificate names: the official's name, e-mail, organization and country (ISO3). */
    public record Holder(String name, String email, String organization, String countryIso3) {
    }

    /** A new key pair and a self-signed certificate for {@code holder}, valid from {@code now} for three years. */
    public static SigningIdentity create(Holder holder, KeyAlgorithm algorithm, Instant now) throws IdentityException {
        String iso2 = iso2(holder.countryIso3()).orElseThrow(() -> new IdentityException(
                UserMessage.of("identity.unknownCountry", holder.countryIso3())));
        try {
            KeyPairGenerator generator;
            if (algorithm == KeyAlgorithm.RSA_3072) {
                generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(3072, RANDOM);
            } else {
                generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            }
            KeyPair keys = generator.generateKeyPair();
            X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, iso2)
                    .addRDN(BCStyle.O, holder.organization())
                    .addRDN(BCStyle.CN, holder.name())
                    .addRDN(BCStyle.EmailAddress, holder.email());
            X500Name name = subject.build();
            Instant from = now.minus(Duration.ofMinutes(5));
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(127, RANDOM).add(BigInteger.ONE),
                    Date.from(from), Date.from(now.plus(Duration.ofDays(3 * 365 + 1))), name, keys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.rfc822Name, holder.email())));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(algorithm.signatureAlgorithm()).build(keys.getPrivate())));
            return new SigningIdentity(keys.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IdentityException(UserMessage.of("identity.cannotCreateKey", e.getMessage()), e);
        }
    }

    /** Opens a PKCS#12 (.p12/.pfx) file: its first entry with a private key. */
    public static SigningIdentity open(Path file, char[] passphrase) throws IdentityException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IdentityException(UserMessage.of("identity.noSuchFile", file.toString()), e);
        } catch (IOException e) {
            throw new IdentityException(UserMessage.of("file.cannotRead", file.toString(), e.getMessage()), e);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), passphrase);
            for (String alias : java.util.Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                PrivateKey key = (PrivateKey) store.getKey(alias, passphrase);
                List<X509Certificate> chain = new ArrayList<>();
                Certificate[] certificates = store.getCertificateChain(alias);
                if (certificates != null) {
                    for (Certificate certificate : certificates) {
                        chain.add((X509Certificate) certificate);
                    }
                }
                if (key != null && !chain.isEmpty()) {
                    return new SigningIdentity(key, chain);
                }
            }
            throw new IdentityException(UserMessage.of("identity.noKey", file.toString()));
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new IdentityException(UserMessage.of("identity.wrongPassphrase", file.toString()), e);
            }
            throw new IdentityException(UserMessage.of("identity.notPkcs12", file.toString(), e.getMessage()), e);
        } catch (UnrecoverableKeyException e) {
            throw new IdentityException(UserMessage.of("identity.wrongPassphrase", file.toString()), e);
        } catch (GeneralSecurityException e) {
            throw new IdentityException(UserMessage.of("identity.cannotOpen", file.toString(), e.getMessage()), e);
        }
    }

    /**
     * Refuses a passphrase too short to protect a new identity's private key, which it alone protects on a laptop
     * that may be lost. An identity file made elsewhere is opened whatever its passphrase.
     */
    public static void checkNewPassphrase(char[] passphrase) throws IdentityException {
        if (passphrase == null || passphrase.length == 0) {
            throw new IdentityException(UserMessage.of("identity.passphraseRequired"));
        }
        if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
            throw new IdentityException(UserMessage.of("identity.passphraseTooShort", MIN_PASSPHRASE_LENGTH));
        }
    }

    /**
     * Writes the identity as a PKCS#12 file protected by {@code passphrase} (AES-256, PBKDF2), readable by
     * its owner only, whole or not at all. The key never touches the disk unprotected.
     */
    public void save(Path file, char[] passphrase) throws IdentityException {
        checkNewPassphrase(passphrase);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, privateKey, passphrase, chain.toArray(new Certificate[0]));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, passphrase);
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            AtomicFile.write(absolute, bytes.toByteArray());
            if (absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(absolute, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (FileWriteException e) {
            throw new IdentityException(e.userMessage(), e);
        } catch (GeneralSecurityException | IOException e) {
            throw new IdentityException(UserMessage.of("file.cannotWrite", file.toString(), e.getMessage()), e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    /** "AB:CD:..." SHA-256 of the certificate, to be confirmed to DESA by another channel. */
    public String fingerprint() {
        return fingerprint(certificate());
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signature algorithm that fits the key. */
    String signatureAlgorithm() {
        return "RSA".equals(privateKey.getAlgorithm()) ? KeyAlgorithm.RSA_3072.signatureAlgorithm()
                : KeyAlgorithm.EC_P256.signatureAlgorithm();
    }

    /** The common name of a certificate's subject (else the whole subject). */
    public static String commonName(X509Certificate certificate) {
        return attribute(certificate, BCStyle.CN).orElse(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253));
    }

    public static Optional<String> attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (RDN rdn : name.getRDNs(type)) {
            ASN1Encodable value = rdn.getFirst().getValue();
            return Optional.of(IETFUtils.valueToString(value).replace("\\", ""));
        }
        return Optional.empty();
    }

    /** "Name <email>, Organization, AZ": the subject as people read it. */
    public static String describe(X509Certificate certificate) {
        StringBuilder text = new StringBuilder(commonName(certificate));
        attribute(certificate, BCStyle.EmailAddress).ifPresent(email -> text.append(" <").append(email).append('>'));
        attribute(certificate, BCStyle.O).ifPresent(org -> text.append(", ").append(org));
        attribute(certificate, BCStyle.C).ifPresent(country -> text.append(", ").append(country));
        return text.toString();
    }

    static Optional<String> iso2(String iso3) {
        if (iso3 == null) {
            return Optional.empty();
        }
        for (String iso2 : Locale.getISOCountries()) {
            if (new Locale("", iso2).getISO3Country().equalsIgnoreCase(iso3)) {
                return Optional.of(iso2);
            }
        }
        return Optional.empty();
    }
}
