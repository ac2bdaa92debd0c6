package org.msqoffline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.msqoffline.i18n.Messages;
import org.msqoffline.json.Json;
import org.msqoffline.questionnaire.ChoiceOption;
import org.msqoffline.questionnaire.InvalidQuestionnaireException;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.QuestionnaireLoader;
import org.msqoffline.store.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code questionnaire validate|import|list|items}: the definitions. */
@Command(name = "questionnaire",
        mixinStandardHelpOptions = true,
        subcommands = {QuestionnaireCommand.Validate.class, QuestionnaireCommand.Import.class,
            QuestionnaireCommand.ListDefinitions.class, QuestionnaireCommand.Items.class})
final class QuestionnaireCommand {

    @Command(name = "validate")
    static final class Validate extends DataCommand {
        @Parameters(paramLabel = "FILE")
        private Path file;

        @Override
        public Integer call() {
            try {
                Questionnaire questionnaire = new QuestionnaireLoader().load(readInput(file));
                out().println(messages().get("cli.questionnaire.valid", questionnaire.label(), questionnaire.items().size(),
                        questionnaire.sha256()));
                return ExitCode.OK;
            } catch (InvalidQuestionnaireException e) {
                throw problems(e, messages());
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
                Questionnaire questionnaire = context.responses().definitions().importDefinition(bytes);
                out().println(questionnaire.reference());
                return ExitCode.OK;
            } catch (InvalidQuestionnaireException e) {
                throw problems(e, messages());
            }
        }
    }

    private static ChecksFailedException problems(InvalidQuestionnaireException e, Messages messages) {
        return new ChecksFailedException(e, e.problems().stream().map(problem -> problem.in(messages)).toList());
    }

    @Command(name = "list")
    static final class ListDefinitions extends DataCommand {
        @Override
        public Integer call() {
            try (CommandContext context = open(DataFolder.Access.READ)) {
                Messages messages = messages();
                List<List<String>> table = new ArrayList<>();
                table.add(List.of(messages.get("cli.questionnaire.column.reference"), messages.get("cli.questionnaire.column.version"),
                        messages.get("cli.questionnaire.column.items"), messages.get("cli.questionnaire.column.sha256"),
                        messages.get("cli.questionnaire.column.title")));
                for (Questionnaire q : context.responses().definitions().list()) {
                    table.add(List.of(q.reference(), q.version(), String.valueOf(q.items().size()), q.sha256().substring(0, 12),
                            q.title().in(messages.language())));
                }
                TextColumns.table(table).forEach(out()::println);
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "items")
    static final class Items extends DataCommand {
        @Parameters(paramLabel = "ID", arity = "0..1")
        private String reference;

        @Override
        public Integer call() {
            try (CommandContext context = open(DataFolder.Access.READ)) {
                Questionnaire questionnaire = context.responses().definitions().resolve(reference);
                for (Item item : questionnaire.items()) {
                    out().println(Json.mapper().writer().without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(itemLine(questionnaire, item)));
                }
                return ExitCode.OK;
            }
        }

        private static ObjectNode itemLine(Questionnaire questionnaire, Item item) {
            ObjectNode line = Json.object();
            line.put("id", item.id());
            line.put("number", item.number());
            line.put("section", questionnaire.sectionOf(item.id()).id());
            line.put("type", item.type().code());
            line.put("required", item.required());
            line.put("text", item.text().english());
            if (item.type().isChoice()) {
                ArrayNode options = line.putArray("options");
                for (ChoiceOption option : item.options()) {
                    ObjectNode o = options.addObject();
                    o.put("id", option.id());
                    o.put("label", option.label().english());
                    o.put("freeText", option.freeText());
                }
            } else {
                line.putNull("options");
            }
            if (item.condition().isPresent()) {
                ObjectNode showIf = line.putObject("showIf");
                showIf.put("item", item.showIf().itemId());
                ArrayNode anyOf = showIf.putArray("anyOf");
                item.showIf().anyOf().forEach(anyOf::add);
            } else {
                line.putNull("showIf");
            }
            return line;
        }
    }
}
