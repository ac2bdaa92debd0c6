package org.msqoffline.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing identities: created with a self-signed certificate, kept only passphrase-protected, reopened, or imported. */
class SigningIdentityTest {
    private static final SigningIdentity.Holder HOLDER = new SigningIdentity.Holder("Elnur Həsənov", "elnur@example.az",
            "Innovation and Digital Development Agency", "AZE");

    @TempDir
    Path temp;

    @Test
    void aNewIdentityCarriesNameEmailOrganizationAndCountryInItsCertificate() throws Exception {
        SigningIdentity identity = SigningIdentity.create(HOLDER, KeyAlgorithm.EC_P256, Instant.parse("2026-01-01T00:00:00Z"));
        var certificate = identity.certificate();
        assertThat(SigningIdentity.commonName(certificate)).isEqualTo("Elnur Həsənov");
        assertThat(SigningIdentity.attribute(certificate, BCStyle.EmailAddress)).contains("elnur@example.az");
        assertThat(SigningIdentity.attribute(certificate, BCStyle.O)).contains("Innovation and Digital Development Agency");
        assertThat(SigningIdentity.attribute(certificate, BCStyle.C)).contains("AZ");
        assertThat(identity.privateKey().getAlgorithm()).isEqualTo("EC");
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(certificate.getSubjectAlternativeNames()).anyMatch(name -> name.contains("elnur@example.az"));
        assertThat(identity.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void rsa3072IsAnOption() throws Exception {
        SigningIdentity identity = SigningIdentity.create(HOLDER, KeyAlgorithm.RSA_3072, Instant.now());
        assertThat(((RSAPublicKey) identity.certificate().getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
        byte[] signature = CadesSignature.sign("manifest".getBytes(java.nio.charset.StandardCharsets.UTF_8), identity, Instant.now());
        assertThat(CadesSignature.verify(signature, "manifest".getBytes(java.nio.charset.StandardCharsets.UTF_8)).valid()).isTrue();
    }

    @Test
    void savedIdentityIsProtectedOwnerOnlyAndReopensWithItsPassphraseOnly() throws Exception {
        SigningIdentity identity = SigningIdentity.create(HOLDER, KeyAlgorithm.EC_P256, Instant.now());
        Path file = temp.resolve("keys").resolve("official.p12");
        identity.save(file, "correct horse".toCharArray());
        byte[] stored = Files.readAllBytes(file);
        assertThat(Arrays.areEqual(stored, identity.privateKey().getEncoded())).isFalse();
        assertThat(indexOf(stored, identity.privateKey().getEncoded())).as("the raw key is not in the file").isEqualTo(-1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        SigningIdentity reopened = SigningIdentity.open(file, "correct horse".toCharArray());
        assertThat(reopened.fingerprint()).isEqualTo(identity.fingerprint());
        assertThatThrownBy(() -> SigningIdentity.open(file, "wrong".toCharArray()))
                .isInstanceOf(IdentityException.class).hasMessageContaining("wrong passphrase");
        assertThatThrownBy(() -> identity.save(temp.resolve("empty.p12"), new char[0]))
                .isInstanceOf(IdentityException.class).hasMessageContaining("passphrase is required");
        assertThat(temp.resolve("empty.p12")).doesNotExist();
        assertThatThrownBy(() -> identity.save(temp.resolve("short.p12"), "abc".toCharArray()))
                .isInstanceOf(IdentityException.class).hasMessageContaining("at least 8 characters");
        assertThat(temp.resolve("short.p12")).doesNotExist();
    }

    @Test
    void anUnknownCountryIsRefused() {
        assertThatThrownBy(() -> SigningIdentity.create(new SigningIdentity.Holder("A", "a@b.org", "O", "XXX"), KeyAlgorithm.EC_P256,
                Instant.now())).isInstanceOf(IdentityException.class).hasMessageContaining("XXX");
    }

    @Test
    void aPkcs12FileMadeByOpensslOpensAndSigns() throws Exception {
        ExternalTools.Result key = ExternalTools.run(temp, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem",
                "-out", "cert.pem", "-days", "30", "-subj", "/C=FR/O=Ministere/CN=Agent National/emailAddress=agent@example.fr");
        assertThat(key.code()).as(key.output()).isZero();
        ExternalTools.Result p12 = ExternalTools.run(temp, "openssl", "pkcs12", "-export", "-in", "cert.pem", "-inkey", "key.pem",
                "-out", "national.pfx", "-passout", "pass:s3cret");
        assertThat(p12.code()).as(p12.output()).isZero();
        SigningIdentity identity = SigningIdentity.open(temp.resolve("national.pfx"), "s3cret".toCharArray());
        assertThat(SigningIdentity.commonName(identity.certificate())).isEqualTo("Agent National");
        byte[] content = "x".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(CadesSignature.verify(CadesSignature.sign(content, identity, Instant.now()), content).valid()).isTrue();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
