package org.msqoffline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line builds only the command it is asked for, and still explains a mistaken one. */
class RootCommandTest {
    private static final Set<String> ALL = Set.of("questionnaire", "response", "answer", "identity", "export", "pdf", "verify", "demo",
            "delegate", "merge", "collect", "backup");

    @TempDir
    Path temp;

    private static Set<String> commandsBuiltFor(String... args) {
        CommandLine commandLine = RootCommand.commandLine(new RootCommand(root -> {
        }), args);
        return commandLine.getSubcommands().keySet();
    }

    @Test
    void onlyTheNamedCommandIsBuilt() {
        assertThat(commandsBuiltFor("export", "abc", "--identity", "x.p12")).containsExactly("export");
        assertThat(commandsBuiltFor("--debug", "--lang=fr", "response", "list")).containsExactly("response");
    }

    @Test
    void theValueOfARootOptionIsNotTakenForTheCommand() {
        assertThat(commandsBuiltFor("--data-dir", "export", "--lang", "pdf", "verify", "x.asice")).containsExactly("verify");
    }

    @Test
    void withoutACommandOrWithAMistakenOneEveryCommandIsThere() {
        assertThat(commandsBuiltFor()).isEqualTo(ALL);
        assertThat(commandsBuiltFor("--help")).isEqualTo(ALL);
        assertThat(commandsBuiltFor("exprot")).isEqualTo(ALL);
    }

    @Test
    void aMistakenCommandIsStillExplained() {
        CommandLineHarness.Run run = CommandLineHarness.run(temp.resolve("data"), "exprot");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'exprot'").contains("msq-offline --help");
    }
}
