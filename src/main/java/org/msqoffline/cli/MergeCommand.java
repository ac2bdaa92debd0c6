package org.msqoffline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.msqoffline.app.Contributions;
import org.msqoffline.response.AnswerCodec;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.MergePlan;
import org.msqoffline.store.DataFolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code merge}: put a colleague's signed contribution back into the response it was delegated from. */
@Command(name = "merge", description = {"Compare a signed contribution with a response and merge it.",
    "With neither flag: list the differences and change nothing (exit 1 when there are conflicts)."})
final class MergeCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ID")
    private String id;

    @Parameters(index = "1", paramLabel = "FILE.asice")
    private Path file;

    @ArgGroup(exclusive = true)
    private Choice choice;

    static final class Choice {
        @Option(names = "--take-all", description = "Conflicts: take the contributor's answer.")
        private boolean takeAll;

        @Option(names = "--keep-all", description = "Conflicts: keep the current answer.")
        private boolean keepAll;
    }

    @Override
    public Integer call() {
        byte[] bytes = readInput(file);
        Contributions.Resolution resolution = choice == null ? Contributions.Resolution.COMPARE_ONLY
                : choice.takeAll ? Contributions.Resolution.TAKE_ALL : Contributions.Resolution.KEEP_ALL;
        try (CommandContext context = open(resolution == Contributions.Resolution.COMPARE_ONLY ? DataFolder.Access.READ
                : DataFolder.Access.WRITE)) {
            Contributions contributions = new Contributions(context.data(), context.responses());
            Contributions.Merged merged = contributions.merge(context.responses().get(id), file.toString(), bytes, resolution);
            Contributions.Comparison comparison = merged.comparison();
            PrintWriter out = out();
            out.println("Contribution from " + comparison.signer() + " (certificate SHA-256 " + comparison.fingerprint() + ")");
            out.println("Delegation to " + comparison.delegation().delegatedTo() + " on " + comparison.delegation().created());
            if (comparison.alreadyMerged()) {
                out.println("Already merged: nothing changed.");
                return ExitCode.OK;
            }
            List<MergePlan.ItemMerge> differences = comparison.plan().differences();
            for (MergePlan.ItemMerge item : differences) {
                out.println(item.item().number() + " " + item.item().id() + ": " + describe(item.change()));
                out.println("    current:  " + shown(item.current()));
                out.println("    incoming: " + shown(item.incoming()));
            }
            int conflicts = comparison.plan().conflicts().size();
            if (resolution == Contributions.Resolution.COMPARE_ONLY) {
                out.println(differences.size() + " differences, " + conflicts + " conflicts; nothing changed "
                        + "(--take-all or --keep-all to merge)");
                return conflicts > 0 ? ExitCode.CHECKS_FAILED : ExitCode.OK;
            }
            out.println(merged.changed() + " answers changed");
            return ExitCode.OK;
        }
    }

    private static String describe(MergePlan.Change change) {
        return switch (change) {
            case INCOMING -> "changed by the contributor (merged without asking)";
            case LOCAL -> "changed here only (kept)";
            case CONFLICT -> "CONFLICT: changed on both sides";
            default -> "same";
        };
    }

    private static String shown(AnswerValue value) {
        if (value == null) {
            return "(no answer)";
        }
        String text = AnswerCodec.toCommandLineText(value).replace("\n", " ");
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
