package org.msqoffline.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the ASiC-E package: {@code mimetype} first and stored, the JSON and the signed PDF, the
 * manifest with their SHA-256 digests, and a detached CAdES signature over the manifest.
 */
public final class AsicPackageWriter {
    private AsicPackageWriter() {
    }

    /** The package bytes. */
    public static byte[] build(byte[] json, byte[] signedPdf, SigningIdentity identity, Instant signingTime)
            throws IdentityException {
        Map<String, byte[]> digests = new LinkedHashMap<>();
        digests.put(AsicPackage.JSON, sha256(json));
        digests.put(AsicPackage.PDF, sha256(signedPdf));
        byte[] manifest = AsicPackage.manifest(digests);
        byte[] signature = CadesSignature.sign(manifest, identity, signingTime);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(AsicPackage.JSON, json);
        files.put(AsicPackage.PDF, signedPdf);
        files.put(AsicPackage.MANIFEST, manifest);
        files.put(AsicPackage.SIGNATURE, signature);
        return zip(files, signingTime);
    }

    /** Writes the package to {@code target} whole or not at all. */
    public static void write(Path target, byte[] json, byte[] signedPdf, SigningIdentity identity, Instant signingTime)
            throws IOException, IdentityException {
        AtomicFile.write(target, build(json, signedPdf, identity, signingTime));
    }

    /** Zips the files after a stored {@code mimetype}; also used by tests to build altered packages. */
    static byte[] zip(Map<String, byte[]> files, Instant time) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                byte[] mimetype = AsicPackage.MIMETYPE.getBytes(StandardCharsets.US_ASCII);
                ZipEntry first = new ZipEntry(AsicPackage.MIMETYPE_ENTRY);
                first.setMethod(ZipEntry.STORED);
                first.setSize(mimetype.length);
                first.setCompressedSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                first.setCrc(crc.getValue());
                first.setTime(time.toEpochMilli());
                zip.putNextEntry(first);
                zip.write(mimetype);
                zip.closeEntry();
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    ZipEntry entry = new ZipEntry(file.getKey());
                    entry.setMethod(ZipEntry.DEFLATED);
                    entry.setTime(time.toEpochMilli());
                    zip.putNextEntry(entry);
                    zip.write(file.getValue());
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("zip into memory failed", e);
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
