import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Trims the libraries an installer ships (the jars in LIB_DIR) to what MSQ Offline (APP_JAR) uses. Run by the
 * installer builds of Linux, macOS and Windows alike, after jdeps has read the jars whole (jdeps needs bcprov's module):
 * <pre>java installer/TrimLibraries.java APP_JAR LIB_DIR</pre>
 * A single source file run by the JDK that builds the installers: no build step, no library, the same rules everywhere.
 * Each jar is rewritten beside itself and moved into place, so a failure leaves it whole.
 */
public final class TrimLibraries {
    private static final String ICU_DATA = "com/ibm/icu/impl/data/icudata/";

    /**
     * ICU4J serves only the PDF copy's Arabic shaping, bidi and line breaking: its character properties, canonical
     * normalisation and line-break rules stay; its locale data (collation, time zones, units, currencies, names,
     * transliteration, other break rules, dictionaries for Thai-like scripts...) goes: 14.7 MB -> 3.6 MB. The Linux
     * smoke test makes a PDF with Arabic, Chinese and Russian answers through the trimmed jar.
     */
    private static final Pattern ICU_DATA_KEPT = Pattern.compile(Pattern.quote(ICU_DATA)
            + "((uprops|ubidi|ucase|pnames|uemoji|ulayout)\\.icu|nfc\\.nrm"
            + "|(root|res_index|pool|metadata|supplementalData|keyTypeData|icuver|icustd|langInfo)\\.res"
            + "|brkitr/(line[^/]*\\.brk|[^/]+\\.res))");

    /**
     * BouncyCastle builds and checks CMS structures; the cryptography itself is the JDK's (SunEC, SunRsaSign): its own
     * JCA provider and post-quantum algorithms are never loaded (LayerRulesTest keeps it so): 7.3 -> 3.5 MB. Its module
     * descriptor would name the removed packages, so it goes too (the jar is on the class path). The Linux smoke test
     * signs with EC and RSA keys through the trimmed jar.
     */
    private static final List<String> BCPROV_UNUSED = List.of("org/bouncycastle/pqc/", "org/bouncycastle/jcajce/provider/",
            "org/bouncycastle/jce/provider/");

    /**
     * BouncyCastle's jars are signed for use as a JCA provider, which they are not here. Unsigned, their classes can go
     * into the AppCDS archive (the JVM skips signed jars) and load without jar verification.
     */
    private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]+\\.(SF|DSA|RSA|EC)");

    /**
     * FontBox's predefined CMaps serve PDFs whose fonts use a legacy Chinese, Japanese or Korean encoding. The app
     * writes and reads only its own PDFs, whose fonts are embedded with Identity-H: the other 90 go (1.2 MB). The Linux
     * smoke test draws a copy with Chinese answers through the trimmed jar, as the desktop does for printing.
     */
    private static final String FONTBOX_CMAPS = "org/apache/fontbox/cmap/";
    private static final Set<String> FONTBOX_CMAPS_KEPT = Set.of("Identity-H", "Identity-V");

    private TrimLibraries() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            fail("usage: java installer/TrimLibraries.java APP_JAR LIB_DIR");
        }
        Path appJar = Path.of(args[0]);
        Path lib = Path.of(args[1]);
        rewrite(library(lib, "icu4j-"), name -> !name.startsWith(ICU_DATA) || name.endsWith("/") || ICU_DATA_KEPT.matcher(name).matches());
        rewrite(library(lib, "bcprov-"), name -> BCPROV_UNUSED.stream().noneMatch(name::startsWith) && !isModuleInfo(name));
        try (DirectoryStream<Path> bouncyCastle = Files.newDirectoryStream(lib, "bc*-jdk18on-*.jar")) {
            for (Path jar : bouncyCastle) {
                rewrite(jar, name -> !SIGNATURE_FILE.matcher(name).matches());
            }
        }
        rewrite(library(lib, "fontbox-"), name -> !name.startsWith(FONTBOX_CMAPS) || name.endsWith(".class") || name.endsWith("/")
                || FONTBOX_CMAPS_KEPT.contains(name.substring(FONTBOX_CMAPS.length())));
        keepReachedClasses(appJar, library(lib, "controlsfx-"), Pattern.compile("(impl\\.)?org\\.controlsfx\\..*"));
    }

    /**
     * ControlsFX serves only the form's validation marks: keep the classes APP_JAR names and those they reach, class by
     * class (jdeps, with no filter: its default hides a class's own package; a class goes with its nested classes), the
     * resources those classes name (images, by file name) and the jar's top-level files; drop dialogs, spreadsheets, a
     * world map, an icon font: 1.4 MB -> 66 KB. Nothing kept loads a ControlsFX class by name, and the desktop's AppCDS
     * training run, which fails on a missing class, loads them. Fails if a kept class names one that is gone.
     */
    private static void keepReachedClasses(Path appJar, Path jar, Pattern library) throws IOException {
        rewrite(jar, name -> !isModuleInfo(name));   // jdeps would want JavaFX's modules to read the descriptor
        Map<String, Set<String>> reaches = dependencies(jar, library);
        Deque<String> queue = new ArrayDeque<>(dependencies(appJar, library).values().stream().flatMap(Set::stream).toList());
        Set<String> classes = new HashSet<>();
        while (!queue.isEmpty()) {
            String next = queue.pop();
            if (classes.add(next)) {
                queue.addAll(reaches.getOrDefault(next, Set.of()));
            }
        }
        if (classes.isEmpty()) {
            fail("found nothing of " + jar.getFileName() + " that " + appJar.getFileName() + " uses");
        }
        String keptClassBytes = keptClassBytes(jar, classes);
        Set<String> kept = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                boolean keep = name.endsWith(".class") ? classes.contains(topLevelClass(name))
                        : !entry.isDirectory() && (!name.contains("/") || name.equals("META-INF/MANIFEST.MF")
                                || keptClassBytes.contains(name.substring(name.lastIndexOf('/') + 1)));
                if (keep) {
                    for (String folder = name; !folder.isEmpty(); folder = folder.substring(0, folder.lastIndexOf('/', folder.length() - 2) + 1)) {
                        kept.add(folder);
                    }
                }
            }
        }
        rewrite(jar, kept::contains);
        Set<String> missing = new HashSet<>(dependencies(jar, library).values().stream().flatMap(Set::stream).toList());
        missing.removeAll(classes);
        if (!missing.isEmpty()) {
            fail("the trimmed " + jar.getFileName() + " misses classes it uses: " + missing);
        }
    }

    /** Class by class, what each class of {@code jar} names in {@code library} (top-level class names). */
    private static Map<String, Set<String>> dependencies(Path jar, Pattern library) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:class", "-filter:none", "--multi-release", "17", jar.toString());
        if (code != 0) {
            fail("jdeps failed on " + jar.getFileName() + ": " + err.toString().strip());
        }
        Map<String, Set<String>> reaches = new HashMap<>();
        for (String line : out.toString().split("\\R")) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 3 && words[1].equals("->") && library.matcher(words[2]).matches()) {
                reaches.computeIfAbsent(topLevel(words[0]), any -> new HashSet<>()).add(topLevel(words[2]));
            }
        }
        return reaches;
    }

    /** The bytes of the kept classes, as text in which a resource's file name can be looked for. */
    private static String keptClassBytes(Path jar, Set<String> classes) throws IOException {
        StringBuilder bytes = new StringBuilder();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().endsWith(".class") && classes.contains(topLevelClass(entry.getName()))) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        bytes.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                    }
                }
            }
        }
        return bytes.toString();
    }

    private static String topLevel(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }

    private static String topLevelClass(String entryName) {
        return topLevel(entryName.substring(0, entryName.length() - ".class".length()).replace('/', '.'));
    }

    private static boolean isModuleInfo(String name) {
        return name.endsWith("module-info.class");
    }

    /** {@code jar} with only the entries {@code keep} accepts, written beside it and then moved over it. */
    private static void rewrite(Path jar, Predicate<String> keep) throws IOException {
        Path trimmed = jar.resolveSibling(jar.getFileName() + ".trimmed");
        try (ZipFile zip = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(trimmed))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry : zip.stream().toList()) {
                if (keep.test(entry.getName())) {
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        Files.move(trimmed, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path library(Path lib, String prefix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, prefix + "*.jar")) {
            jars.forEach(found::add);
        }
        if (found.size() != 1) {
            fail("expected one " + prefix + "*.jar in " + lib + ", found " + found.size());
        }
        return found.get(0);
    }

    private static void fail(String message) {
        System.err.println("error: " + message);
        System.exit(1);
    }
}
