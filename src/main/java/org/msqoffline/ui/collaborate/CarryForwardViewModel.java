package org.msqoffline.ui.collaborate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.msqoffline.app.Responses;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.ui.common.TaskExecutor;

/** "Carry forward to another edition…": the other definitions known here; the new response is opened once made. */
public final class CarryForwardViewModel {
    private final Responses responses;
    private final ResponseInfo response;
    private final Supplier<String> contributor;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Consumer<ResponseInfo> open;
    private final ObservableList<Questionnaire> editions = FXCollections.observableArrayList();
    private final ObjectProperty<Questionnaire> chosen = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public CarryForwardViewModel(Responses responses, ResponseInfo response, Supplier<String> contributor, TaskExecutor tasks,
            Messages messages, Consumer<ResponseInfo> open) {
        this.responses = responses;
        this.response = response;
        this.contributor = contributor;
        this.tasks = tasks;
        this.messages = messages;
        this.open = open;
    }

    /** Lists the definitions other than the response's own. */
    public void load() {
        tasks.read(() -> responses.definitions().list().stream()
                .filter(q -> !q.sha256().equals(response.questionnaireSha256())).toList(), found -> {
                    editions.setAll(found);
                    if (found.isEmpty()) {
                        message.set(messages.get("ui.collaborate.noOtherEdition"));
                    } else {
                        chosen.set(found.get(found.size() - 1));
                    }
                }, this::failed);
    }

    /**
     * Adds the definition of another edition (a questionnaire file from UN DESA) and chooses it; a file that is no
     * valid definition is refused in one line and changes nothing.
     */
    public void importDefinition(Path file) {
        error.set("");
        tasks.write(() -> responses.definitions().importDefinition(Files.readAllBytes(file)), imported -> {
            if (imported.sha256().equals(response.questionnaireSha256())) {
                message.set(messages.get("ui.collaborate.sameEdition"));
                return;
            }
            Questionnaire listed = editions.stream().filter(known -> known.sha256().equals(imported.sha256())).findFirst()
                    .orElseGet(() -> {
                        editions.add(imported);
                        return imported;
                    });
            chosen.set(listed);
            message.set("");
        }, problem -> error.set(messages.get("ui.collaborate.definitionRefused", messages.explain(problem))));
    }

    /** Starts the new response, pre-filled; carried answers are "to confirm" until confirmed or edited. */
    public void carryForward() {
        Questionnaire target = chosen.get();
        if (target == null) {
            return;
        }
        error.set("");
        tasks.write(() -> responses.carryForward(response, target.sha256(), contributor.get()), carried -> {
            message.set(messages.get("ui.collaborate.carried", carried.carried(), carried.dropped().size()));
            open.accept(carried.response());
        }, this::failed);
    }

    private void failed(Throwable problem) {
        error.set(messages.get("ui.collaborate.carryFailed", messages.explain(problem)));
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Questionnaire> editions() {
        return editions;
    }

    public ObjectProperty<Questionnaire> chosenProperty() {
        return chosen;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
