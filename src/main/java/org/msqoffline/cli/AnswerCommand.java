package org.msqoffline.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.msqoffline.app.Responses;
import org.msqoffline.app.UserInputException;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.json.Json;
import org.msqoffline.json.JsonReadException;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.response.AnswerCodec;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.HistoryEntry;
import org.msqoffline.response.InvalidAnswerException;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/** {@code answer set|get|history}: one answer of one response. */
@Command(name = "answer", mixinStandardHelpOptions = true,
        subcommands = {AnswerCommand.Set.class, AnswerCommand.Get.class, AnswerCommand.History.class, AnswerCommand.Confirm.class})
final class AnswerCommand {

    @Command(name = "set")
    static final class Set extends DataCommand {
        @Parameters(index = "0", paramLabel = "ID")
        private String id;

        @Parameters(index = "1", paramLabel = "ITEM")
        private String itemId;

        @Parameters(index = "2", paramLabel = "VALUE")
        private String value;

        @Option(names = "--json")
        private boolean json;

        @Override
        public Integer call() {
            try (CommandContext context = open(DataFolder.Access.WRITE)) {
                Responses responses = context.responses();
                ResponseInfo response = responses.get(id);
                Item item = responses.item(response, itemId);
                AnswerValue answer = parse(item);
                responses.setAnswer(response, item, answer, context.contributor());
                return ExitCode.OK;
            }
        }

        private AnswerValue parse(Item item) {
            JsonNode node;
            try {
                node = json ? Json.read(value.getBytes(StandardCharsets.UTF_8)) : StringNode.valueOf(value);
            } catch (JsonReadException e) {
                throw UserInputException.of("cli.answer.valueNotJson", e);
            }
            try {
                return AnswerCodec.fromJson(item, node);
            } catch (InvalidAnswerException e) {
                throw new UserInputException(e.userMessage());
            }
        }
    }

    @Command(name = "get")
    static final class Get extends DataCommand {
        @Parameters(index = "0", paramLabel = "ID")
        private String id;

        @Parameters(index = "1", paramLabel = "ITEM")
        private String itemId;

        @Override
        public Integer call() {
            try (CommandContext context = open(DataFolder.Access.READ)) {
                Responses responses = context.responses();
                ResponseInfo response = responses.get(id);
                Item item = responses.item(response, itemId);
                AnswerValue answer = responses.answer(response, item.id())
                        .orElseThrow(() -> new ChecksFailedException(UserMessage.of("cli.answer.none", item.number(), item.id()), List.of()));
                out().println(AnswerCodec.toCommandLineText(answer));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "history")
    static final class History extends DataCommand {
        @Parameters(index = "0", paramLabel = "ID")
        private String id;

        @Parameters(index = "1", paramLabel = "ITEM")
        private String itemId;

        @Override
        public Integer call() {
            try (CommandContext context = open(DataFolder.Access.READ)) {
                Responses responses = context.responses();
                ResponseInfo response = responses.get(id);
                Item item = responses.item(response, itemId);
                String none = messages().get("cli.noAnswer");
                for (HistoryEntry entry : responses.history(response, item.id())) {
                    out().println(entry.changedAt() + "\t" + entry.changedBy() + "\t" + shown(entry.oldValue(), none) + "\t"
                            + shown(entry.newValue(), none));
                }
                return ExitCode.OK;
            }
        }

        private static String shown(String storedJson, String none) {
            return storedJson == null ? none : storedJson;
        }
    }

    @Command(name = "confirm")
    static final class Confirm extends DataCommand {
        @Parameters(index = "0", paramLabel = "ID")
        private String id;

        @Parameters(index = "1..*", paramLabel = "ITEM")
        private List<String> itemIds = List.of();

        @Override
        public Integer call() {
            try (CommandContext context = open(DataFolder.Access.WRITE)) {
                Responses responses = context.responses();
                ResponseInfo response = responses.get(id);
                List<String> targets = itemIds.isEmpty() ? List.copyOf(responses.answers(response).unconfirmed()) : itemIds;
                int confirmed = 0;
                for (String itemId : targets) {
                    confirmed += responses.confirm(response, responses.item(response, itemId)) ? 1 : 0;
                }
                out().println(messages().get("cli.answer.confirmed", confirmed));
                return ExitCode.OK;
            }
        }
    }
}
