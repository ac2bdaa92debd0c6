package org.msqoffline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.cli.CommandLineHarness.Run;

/** {@code --help} speaks the language of the run, like every other sentence of the command line. */
class UsageHelpTest {
    @TempDir
    Path temp;

    private Run run(String... args) {
        return CommandLineHarness.run(temp.resolve("data"), args);
    }

    @Test
    void frenchHelp() {
        Run help = run("--lang", "fr", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Utilisation : msq-offline ")
                .contains("Sans commande, lance l’application de bureau.")
                .contains("Commandes :")
                .contains("Affiche ce message d’aide et quitte.")
                .contains("Liste les sauvegardes du dossier de données")
                .doesNotContain("Usage:").doesNotContain("Show this help message").doesNotContain("starts the desktop app");
    }

    @Test
    void arabicHelpOfASubcommand() {
        Run help = run("--lang", "ar", "export", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("الاستخدام: msq-offline export ")
                .contains("هوية التوقيع.")
                .contains("المجلد الذي تُكتب فيه الحزمة.")
                .contains("يقرأ عبارة المرور من متغير البيئة هذا.")
                .doesNotContain("The signing identity").doesNotContain("Show this help message");
    }

    @Test
    void englishHelpStaysAsItWas() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.lines()).startsWith("Usage: msq-offline [-hV] [--debug] [--data-dir=DIR] [--lang=CODE] [COMMAND]",
                "Answer the UN E-Government Survey Member States Questionnaire offline.",
                "With no command, starts the desktop app.");
        assertThat(help.out()).contains("Commands:").contains("  -h, --help           Show this help message and exit.")
                .contains("  merge          Compare a signed contribution with a response and merge it.\n  collect");
        Run export = run("export", "--help");
        assertThat(export.out()).contains("--identity=FILE.p12    The signing identity.");
    }

    @Test
    void withoutLangTheSystemLanguageIsSpoken() {
        assertThat(helpInDefaultLocale(Locale.ENGLISH)).startsWith("Usage: msq-offline ").contains("Show this help message and exit.");
        assertThat(helpInDefaultLocale(Locale.forLanguageTag("es-MX"))).startsWith("Uso: msq-offline ")
                .contains("Muestra este mensaje de ayuda y termina.");
        // A language other than the six: English, not the bundle of some other default.
        assertThat(helpInDefaultLocale(Locale.GERMAN)).startsWith("Usage: msq-offline ");
    }

    /** {@code msq-offline --help} with no --lang at all, the system's language being {@code locale}. */
    private String helpInDefaultLocale(Locale locale) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            StringWriter out = new StringWriter();
            int code = CommandLineRunner.run(new String[] {"--data-dir", temp.resolve("data").toString(), "--help"}, root -> {
                throw new AssertionError("the desktop app must not start");
            }, new PrintWriter(out), new PrintWriter(new StringWriter()));
            assertThat(code).isZero();
            return out.toString();
        } finally {
            Locale.setDefault(before);
        }
    }
}
