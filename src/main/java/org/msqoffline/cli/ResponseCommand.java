package org.msqoffline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.msqoffline.app.Responses;
import org.msqoffline.exchange.InvalidSubmissionException;
import org.msqoffline.i18n.Messages;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.CarryForward;
import org.msqoffline.response.Completeness;
import org.msqoffline.response.Problem;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.response.SectionProgress;
import org.msqoffline.store.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code response create|list|import|check|export-json}: the responses. */
@Command(name = "response",
        mixinStandardHelpOptions = true,
        subcommands = {ResponseCommand.Create.class, ResponseCommand.ListResponses.class, ResponseCommand.Import.class,
            ResponseCommand.Check.class, ResponseCommand.ExportJson.class, ResponseCommand.CarryForwardCommand.class})
final class ResponseCommand {

    @Command(name = "create")
    static final class Create extends DataCommand {
        @Option(names = "--country", required = true, paramLabel = "ISO3")
        private String country;

        @Option(names = "--questionnaire", paramLabel = "ID")
        private String questionnaire;

        @Override
        public Integer call() {
            try (CommandContext context = open(DataFolder.Access.WRITE)) {
                out().println(context.responses().create(country, questionnaire).id());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "list")
    static final class ListResponses extends DataCommand {
        @Option(names = "--json")
        private boolean json;

        @Override
        public Integer call() {
            try (CommandContext context = open(DataFolder.Access.READ)) {
                Responses responses = context.responses();
                List<ResponseInfo> all = responses.list();
                if (json) {
                    ArrayNode array = Json.mapper().createArrayNode();
                    for (ResponseInfo response : all) {
                        Questionnaire questionnaire = responses.questionnaireOf(response);
                        Completeness completeness = responses.check(response);
                        ObjectNode row = array.addObject();
                        row.put("id", response.id());
                        row.put("country", response.countryIso3());
                        row.put("countryName", response.countryName());
                        row.put("questionnaire", questionnaire.reference());
                        row.put("answered", completeness.answeredRequiredCount());
                        row.put("required", completeness.requiredCount());
                        row.put("complete", completeness.complete());
                        row.put("created", response.created().toString());
                        row.put("updated", response.updated().toString());
                    }
                    out().print(new String(Json.pretty(array), java.nio.charset.StandardCharsets.UTF_8));
                    return ExitCode.OK;
                }
                Messages messages = messages();
                List<List<String>> table = new ArrayList<>();
                table.add(List.of(messages.get("cli.response.column.id"), messages.get("cli.response.column.iso3"),
                        messages.get("cli.response.column.country"), messages.get("cli.response.column.questionnaire"),
                        messages.get("cli.response.column.progress"), messages.get("cli.response.column.updated")));
                for (ResponseInfo response : all) {
                    Completeness completeness = responses.check(response);
                    String country = response.countryName();
                    table.add(List.of(response.id(), response.countryIso3(), country.length() > 22 ? country.substring(0, 22) : country,
                            responses.questionnaireOf(response).reference(),
                            completeness.answeredRequiredCount() + "/" + completeness.requiredCount(), response.updated().toString()));
                }
                TextColumns.table(table).forEach(out()::println);
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "import")
    static final class Import extends DataCommand {
        @Parameters(paramLabel = "FILE")
        private Path file;

        @Override
        public Integer call() {
            byte[] bytes = readInput(file);
            try (CommandContext context = open(DataFolder.Access.WRITE)) {
                ResponseInfo imported = context.responses().importFile(file.toString(), bytes, context.contributor());
                out().println(imported.id());
                return ExitCode.OK;
            } catch (InvalidSubmissionException e) {
                Messages messages = messages();
                throw new ChecksFailedException(e, e.problems().stream().map(problem -> problem.in(messages)).toList());
            }
        }
    }

    @Command(name = "check")
    static final class Check extends DataCommand {
        @Parameters(paramLabel = "ID")
        private String id;

        @Option(names = "--json")
        private boolean json;

        @Override
        public Integer call() {
            Messages messages = messages();
            try (CommandContext context = open(DataFolder.Access.READ)) {
                ResponseInfo response = context.responses().get(id);
                Completeness completeness = context.responses().check(response);
                if (json) {
                    out().print(new String(Json.pretty(checkJson(completeness, messages)), java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    completeness.problems().forEach(problem -> out().println(problem.line(messages)));
                    out().println(completeness.complete()
                            ? messages.get("cli.check.complete", completeness.answeredRequiredCount(), completeness.requiredCount())
                            : messages.get("cli.check.incomplete", completeness.answeredRequiredCount(), completeness.requiredCount(),
                                    completeness.problems().size()));
                }
                return completeness.complete() ? ExitCode.OK : ExitCode.CHECKS_FAILED;
            }
        }

        private static ObjectNode checkJson(Completeness completeness, Messages messages) {
            ObjectNode root = Json.object();
            root.put("complete", completeness.complete());
            root.put("answered", completeness.answeredCount());
            root.put("answeredRequired", completeness.answeredRequiredCount());
            root.put("required", completeness.requiredCount());
            ArrayNode problems = root.putArray("problems");
            for (Problem problem : completeness.problems()) {
                ObjectNode row = problems.addObject();
                row.put("number", problem.item().number());
                row.put("id", problem.item().id());
                row.put("kind", problem.kind().name().toLowerCase(java.util.Locale.ROOT));
                row.put("message", problem.message(messages));
            }
            ArrayNode sections = root.putArray("sections");
            for (SectionProgress progress : completeness.sections()) {
                ObjectNode row = sections.addObject();
                row.put("id", progress.section().id());
                row.put("answeredRequired", progress.answeredRequired());
                row.put("required", progress.required());
                row.put("problems", progress.problems());
            }
            return root;
        }
    }

    @Command(name = "export-json")
    static final class ExportJson extends DataCommand {
        @Parameters(paramLabel = "ID")
        private String id;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        private Path out;

        @Override
        public Integer call() throws java.io.IOException {
            try (CommandContext context = open(DataFolder.Access.READ)) {
                context.responses().exportJson(context.responses().get(id), out);
                out().println(out);
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "carry-forward")
    static final class CarryForwardCommand extends DataCommand {
        @Parameters(paramLabel = "ID")
        private String id;

        @Option(names = "--questionnaire", required = true, paramLabel = "NEWID")
        private String questionnaire;

        @Override
        public Integer call() {
            try (CommandContext context = open(DataFolder.Access.WRITE)) {
                Responses.CarriedForward result = context.responses().carryForward(context.responses().get(id), questionnaire,
                        context.contributor());
                out().println(result.response().id());
                PrintWriter err = spec.commandLine().getErr();
                Messages messages = messages();
                for (CarryForward.Dropped dropped : result.dropped()) {
                    err.println(messages.get("cli.carryForward.dropped", dropped.item().number(), dropped.item().id(), dropped.reason()));
                }
                err.println(messages.get("cli.carryForward.carried", result.carried()));
                return ExitCode.OK;
            }
        }
    }
}
