package org.msqoffline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.msqoffline.app.Contributions;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.AnswerCodec;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.MergePlan;
import org.msqoffline.store.DataFolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code merge}: put a colleague's signed contribution back into the response it was delegated from. */
@Command(name = "merge")
final class MergeCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ID")
    private String id;

    @Parameters(index = "1", paramLabel = "FILE.asice")
    private Path file;

    @ArgGroup(exclusive = true)
    private Choice choice;

    static final class Choice {
        @Option(names = "--take-all")
        private boolean takeAll;

        @Option(names = "--keep-all")
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
            Messages messages = messages();
            out.println(messages.get("cli.merge.from", comparison.signer(), comparison.fingerprint()));
            out.println(messages.get("cli.merge.delegation", comparison.delegation().delegatedTo(),
                    comparison.delegation().created().toString()));
            if (comparison.alreadyMerged()) {
                out.println(messages.get("cli.merge.alreadyMerged"));
                return ExitCode.OK;
            }
            List<MergePlan.ItemMerge> differences = comparison.plan().differences();
            for (MergePlan.ItemMerge item : differences) {
                out.println(item.item().number() + " " + item.item().id() + ": " + describe(item.change(), messages));
                TextColumns.labelled(List.of(new TextColumns.Row(messages.get("cli.merge.current"), shown(item.current(), messages)),
                        new TextColumns.Row(messages.get("cli.merge.incoming"), shown(item.incoming(), messages))))
                        .forEach(line -> out.println("    " + line));
            }
            int conflicts = comparison.plan().conflicts().size();
            if (resolution == Contributions.Resolution.COMPARE_ONLY) {
                out.println(messages.get("cli.merge.compared", differences.size(), conflicts));
                return conflicts > 0 ? ExitCode.CHECKS_FAILED : ExitCode.OK;
            }
            out.println(messages.get("cli.merge.changed", merged.changed()));
            return ExitCode.OK;
        }
    }

    private static String describe(MergePlan.Change change, Messages messages) {
        return switch (change) {
            case INCOMING -> messages.get("cli.merge.change.incoming");
            case LOCAL -> messages.get("cli.merge.change.local");
            case CONFLICT -> messages.get("cli.merge.change.conflict");
            default -> messages.get("cli.merge.change.same");
        };
    }

    private static String shown(AnswerValue value, Messages messages) {
        if (value == null) {
            return messages.get("cli.noAnswer");
        }
        String text = AnswerCodec.toCommandLineText(value).replace("\n", " ");
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
