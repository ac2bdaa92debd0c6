package org.msqoffline.ui.welcome;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.msqoffline.response.Country;
import org.msqoffline.ui.responses.ResponsesViewModel;

/** The first screen: start a response for a country, open one, import a file, or look at the sample. */
public final class WelcomeViewModel {
    private final ResponsesViewModel responses;
    private final Runnable showResponses;
    private final ObjectProperty<Country> country = new SimpleObjectProperty<>();

    public WelcomeViewModel(ResponsesViewModel responses, Runnable showResponses) {
        this.responses = responses;
        this.showResponses = showResponses;
        responses.refresh();
    }

    public ResponsesViewModel responses() {
        return responses;
    }

    public ObjectProperty<Country> countryProperty() {
        return country;
    }

    public BooleanBinding canStart() {
        return country.isNotNull().and(responses.busyProperty().not());
    }

    public BooleanBinding hasResponses() {
        return Bindings.isNotEmpty(responses.rows());
    }

    public void start() {
        if (country.get() != null) {
            responses.create(country.get());
        }
    }

    public void openExisting() {
        showResponses.run();
    }

    public void openSample() {
        responses.openSample();
    }

    public void importFile(Path file) {
        responses.importFile(file);
    }
}
