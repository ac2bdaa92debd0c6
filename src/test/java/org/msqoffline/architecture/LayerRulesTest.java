package org.msqoffline.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of GUIDE.md, enforced: ui and cli call app services; app uses exchange and store;
 * both stand on response, which stands on questionnaire; json and i18n are the floor.
 */
@AnalyzeClasses(packages = "org.msqoffline", importOptions = ImportOption.DoNotIncludeTests.class)
final class LayerRulesTest {
    private LayerRulesTest() {
    }

    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Main").definedBy("org.msqoffline")
            .layer("Ui").definedBy("org.msqoffline.ui..")
            .layer("Cli").definedBy("org.msqoffline.cli..")
            .layer("App").definedBy("org.msqoffline.app..")
            .layer("Exchange").definedBy("org.msqoffline.exchange..")
            .layer("Store").definedBy("org.msqoffline.store..")
            .layer("Response").definedBy("org.msqoffline.response..")
            .layer("Questionnaire").definedBy("org.msqoffline.questionnaire..")
            .layer("Foundation").definedBy("org.msqoffline.json..", "org.msqoffline.i18n..")
            .whereLayer("Main").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Exchange").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
            .whereLayer("Response").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Exchange", "Store")
            .whereLayer("Questionnaire").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Exchange", "Store", "Response");

    @ArchTest
    static final ArchRule NO_CYCLES = slices().matching("org.msqoffline.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule ONLY_THE_DESKTOP_USES_JAVAFX = noClasses().that().resideOutsideOfPackages("org.msqoffline.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule ONLY_THE_STORE_USES_JDBC = noClasses().that().resideOutsideOfPackages("org.msqoffline.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    /** The app works offline and says so: nothing in it may open a connection (java.net.URI is only a parser). */
    @ArchTest
    static final ArchRule NO_NETWORK = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("java.net.Socket").orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URL")
            .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..", "java.nio.channels.spi..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
            .because("MSQ Offline opens no network connection");

    @ArchTest
    static final ArchRule PDF_AND_SIGNATURES_STAY_IN_EXCHANGE = noClasses()
            .that().resideOutsideOfPackages("org.msqoffline.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.bouncycastle..");

    @ArchTest
    static final ArchRule CRYPTOGRAPHY_IS_THE_JDKS = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.bouncycastle.jcajce.provider..",
                    "org.bouncycastle.jce.provider..", "org.bouncycastle.pqc..")
            .because("keys and signatures use the JDK's providers; the installers leave BouncyCastle's out");
}
