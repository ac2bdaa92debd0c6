package org.msqoffline.ui.responses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.msqoffline.app.Responses;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.Completeness;
import org.msqoffline.response.Country;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.ui.common.CountryPicker;
import org.msqoffline.ui.common.TaskExecutor;

/** The responses of the data folder and what can be done to them: create, open, duplicate, bin, restore, import. */
public final class ResponsesViewModel {
    /** A response as listed. */
    public record Row(ResponseInfo info, String country, String questionnaire, double fraction, String progress, String updated) {
    }

    private final Responses responses;
    private final Supplier<String> contributor;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Consumer<ResponseInfo> open;
    private final DateTimeFormatter format;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> binRows = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ResponsesViewModel(Responses responses, Supplier<String> contributor, TaskExecutor tasks, Messages messages,
            Consumer<ResponseInfo> open) {
        this.responses = responses;
        this.contributor = contributor;
        this.tasks = tasks;
        this.messages = messages;
        this.open = open;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Row> binRows() {
        return binRows;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public Messages messages() {
        return messages;
    }

    public void refresh() {
        tasks.read(() -> List.of(toRows(responses.list()), toRows(responses.bin())), lists -> {
            rows.setAll(lists.get(0));
            binRows.setAll(lists.get(1));
        }, this::failed);
    }

    private List<Row> toRows(List<ResponseInfo> infos) {
        List<Row> out = new ArrayList<>();
        for (ResponseInfo info : infos) {
            Completeness check = responses.check(info);
            String country = CountryPicker.labelOf(info.countryIso3(), info.countryName(), messages.locale());
            out.add(new Row(info, country, responses.questionnaireOf(info).label(),
                    check.fraction(), messages.get("ui.responses.progressValue", Math.round(check.fraction() * 100),
                            check.answeredRequiredCount(), check.requiredCount()), format.format(info.updated())));
        }
        return out;
    }

    public void create(Country country) {
        write(() -> responses.create(country.iso3(), null), open);
    }

    public void open(Row row) {
        open.accept(row.info());
    }

    public void duplicate(Row row) {
        write(() -> responses.duplicate(row.info(), contributor.get()), created -> refresh());
    }

    public void moveToBin(Row row) {
        write(() -> {
            responses.moveToBin(row.info());
            return row;
        }, moved -> refresh());
    }

    public void restore(Row row) {
        write(() -> {
            responses.restoreFromBin(row.info());
            return row;
        }, restored -> refresh());
    }

    public void openSample() {
        write(() -> responses.importSample(contributor.get()), open);
    }

    public void importFile(Path file) {
        write(() -> responses.importFile(file.getFileName().toString(), Files.readAllBytes(file), contributor.get()), open);
    }

    private <T> void write(Callable<T> work, Consumer<T> then) {
        error.set("");
        busy.set(true);
        tasks.write(work, result -> {
            busy.set(false);
            then.accept(result);
        }, this::failed);
    }

    private void failed(Throwable problem) {
        busy.set(false);
        error.set(messages.get("ui.responses.failed", messages.explain(problem)));
    }
}
