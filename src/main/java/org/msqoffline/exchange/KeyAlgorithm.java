package org.msqoffline.exchange;

/** The key types a new signing identity can have: ECDSA P-256 (small, fast, the default) or RSA 3072. */
public enum KeyAlgorithm {
    EC_P256("SHA256withECDSA"),
    RSA_3072("SHA256withRSA");

    private final String signatureAlgorithm;

    KeyAlgorithm(String signatureAlgorithm) {
        this.signatureAlgorithm = signatureAlgorithm;
    }

    String signatureAlgorithm() {
        return signatureAlgorithm;
    }
}
