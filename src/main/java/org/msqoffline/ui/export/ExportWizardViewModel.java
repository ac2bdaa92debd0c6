package org.msqoffline.ui.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.msqoffline.app.Exports;
import org.msqoffline.app.Responses;
import org.msqoffline.exchange.ExportOptions;
import org.msqoffline.exchange.IncompleteResponseException;
import org.msqoffline.exchange.KeyAlgorithm;
import org.msqoffline.exchange.Paper;
import org.msqoffline.exchange.IdentityException;
import org.msqoffline.exchange.SigningIdentity;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.Problem;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.ui.common.CountryPicker;
import org.msqoffline.ui.common.TaskExecutor;

/**
 * The "Sign and export" wizard: completeness summary (an incomplete response goes out only when asked
 * explicitly), a signing identity created or opened, its passphrase, the export with its progress, and
 * the result with the certificate fingerprint to confirm to UN DESA by another channel.
 * Passphrases arrive as {@code char[]}, are cleared once used and are never kept.
 */
public final class ExportWizardViewModel {
    /** The pages of the wizard, in order. */
    public enum Step { SUMMARY, IDENTITY, PASSPHRASE, WORKING, RESULT }

    /** Where the signing identity comes from. */
    public enum IdentitySource { CREATE, OPEN }

    private final Exports exports;
    private final Responses responses;
    private final ResponseInfo response;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Clock clock;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.SUMMARY);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty complete = new SimpleBooleanProperty(false);
    private final BooleanProperty contribution = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    private final BooleanProperty allowIncomplete = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObjectProperty<IdentitySource> source = new SimpleObjectProperty<>(IdentitySource.CREATE);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty organization = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final ObjectProperty<KeyAlgorithm> algorithm = new SimpleObjectProperty<>(KeyAlgorithm.EC_P256);
    private final ObjectProperty<Path> newIdentityFile = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> existingIdentityFile = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<Path> packageFile = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> pdfFile = new SimpleObjectProperty<>();
    private final StringProperty fingerprint = new SimpleStringProperty("");
    private final StringProperty signer = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public ExportWizardViewModel(Exports exports, Responses responses, ResponseInfo response, TaskExecutor tasks, Messages messages,
            Clock clock, Path defaultFolder) {
        this.exports = exports;
        this.responses = responses;
        this.response = response;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.folder.set(defaultFolder);
        this.country.set(response.countryIso3());
        this.newIdentityFile.set(defaultFolder.resolve("signing-identity.p12"));
    }

    /** Reads the completeness summary in the background. */
    public void load() {
        // A write, so it runs after the autosaves still queued.
        tasks.write(() -> new Object[] {exports.blockingProblems(response), responses.receivedDelegation(response).isPresent()},
                result -> {
                    @SuppressWarnings("unchecked")
                    List<Problem> problems = (List<Problem>) result[0];
                    contribution.set((Boolean) result[1]);
                    showProblems(problems);
                    loaded.set(true);
                }, this::failed);
    }

    private void showProblems(List<Problem> problems) {
        complete.set(problems.isEmpty());
        missing.setAll(problems.stream().map(p -> p.item().number() + "  " + p.item().text().in(messages.language()) + " \u2014 "
                + p.message(messages)).toList());
        summary.set(problems.isEmpty() ? messages.get("ui.export.complete") : messages.get("ui.export.incomplete", problems.size()));
    }

    /** "Kenya (KEN)" in the language of the interface, as the list of responses names it. */
    public String responseTitle() {
        return CountryPicker.labelOf(response.countryIso3(), response.countryName(), messages.locale());
    }

    public BooleanBinding canNext() {
        return Bindings.createBooleanBinding(() -> switch (step.get()) {
            case SUMMARY -> loaded.get() && folder.get() != null && (complete.get() || allowIncomplete.get());
            case IDENTITY -> identityChosen();
            default -> false;
        }, step, loaded, complete, allowIncomplete, folder, source, name, email, organization, country, newIdentityFile,
                existingIdentityFile);
    }

    private boolean identityChosen() {
        if (source.get() == IdentitySource.OPEN) {
            return existingIdentityFile.get() != null;
        }
        return !name.get().isBlank() && !email.get().isBlank() && !organization.get().isBlank() && !country.get().isBlank()
                && newIdentityFile.get() != null;
    }

    public void next() {
        if (!canNext().get()) {
            return;
        }
        error.set("");
        step.set(step.get() == Step.SUMMARY ? Step.IDENTITY : Step.PASSPHRASE);
    }

    public void back() {
        error.set("");
        switch (step.get()) {
            case IDENTITY -> step.set(Step.SUMMARY);
            case PASSPHRASE -> step.set(Step.IDENTITY);
            default -> { }
        }
    }

    /**
     * Signs and exports with the passphrase ({@code repeat} must match it when a new identity is created).
     * Both arrays are cleared, whatever happens.
     */
    public void signAndExport(char[] passphrase, char[] repeat) {
        boolean create = source.get() == IdentitySource.CREATE;
        if (passphrase.length == 0) {
            clear(passphrase, repeat);
            error.set(messages.get("ui.export.passphraseEmpty"));
            return;
        }
        if (create && !Arrays.equals(passphrase, repeat)) {
            clear(passphrase, repeat);
            error.set(messages.get("ui.export.passphraseMismatch"));
            return;
        }
        if (create) {
            try {
                SigningIdentity.checkNewPassphrase(passphrase);
            } catch (IdentityException tooShort) {
                clear(passphrase, repeat);
                error.set(messages.explain(tooShort));
                return;
            }
        }
        clear(repeat);
        error.set("");
        progress.set(0);
        step.set(Step.WORKING);
        SigningIdentity.Holder holder = new SigningIdentity.Holder(name.get().strip(), email.get().strip(), organization.get().strip(),
                country.get().strip().toUpperCase(java.util.Locale.ROOT));
        KeyAlgorithm keys = algorithm.get();
        Path identityFile = create ? newIdentityFile.get() : existingIdentityFile.get();
        Path target = folder.get();
        ExportOptions options = new ExportOptions(allowIncomplete.get(), Paper.A4);
        tasks.write(() -> {
            try {
                SigningIdentity identity;
                if (create) {
                    identity = SigningIdentity.create(holder, keys, clock.instant());
                    identity.save(identityFile, passphrase);
                } else {
                    identity = SigningIdentity.open(identityFile, passphrase);
                }
                Path written = exports.export(response, identity, target, options, this::progressed);
                Path pdf = exports.savePdfCopy(written);
                return new Result(written, pdf, identity.fingerprint(), SigningIdentity.describe(identity.certificate()));
            } finally {
                clear(passphrase);
            }
        }, result -> {
            packageFile.set(result.packageFile());
            pdfFile.set(result.pdfFile());
            fingerprint.set(result.fingerprint());
            signer.set(result.signer());
            progress.set(1);
            step.set(Step.RESULT);
        }, problem -> {
            if (problem instanceof IncompleteResponseException incomplete) {
                showProblems(incomplete.problems());
                step.set(Step.SUMMARY);
            } else {
                step.set(Step.PASSPHRASE);
            }
            failed(problem);
        });
    }

    private record Result(Path packageFile, Path pdfFile, String fingerprint, String signer) {
    }

    private void progressed(double value) {
        tasks.schedule(Duration.ZERO, () -> progress.set(Math.max(progress.get(), value)));
    }

    private static void clear(char[]... secrets) {
        for (char[] secret : secrets) {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    /** Renders the pages of the PDF copy for printing, in the background. */
    public void printablePages(Consumer<List<byte[]>> then) {
        Path pdf = pdfFile.get();
        if (pdf == null) {
            return;
        }
        status.set(messages.get("ui.export.preparingPrint"));
        tasks.read(() -> exports.pageImages(pdf, 150f), pages -> {
            status.set("");
            then.accept(pages);
        }, this::failed);
    }

    private void failed(Throwable problem) {
        error.set(messages.get("ui.export.failed", messages.explain(problem)));
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanProperty completeProperty() {
        return complete;
    }

    public BooleanProperty contributionProperty() {
        return contribution;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<String> missing() {
        return missing;
    }

    public BooleanProperty allowIncompleteProperty() {
        return allowIncomplete;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ObjectProperty<IdentitySource> sourceProperty() {
        return source;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public ObjectProperty<KeyAlgorithm> algorithmProperty() {
        return algorithm;
    }

    public ObjectProperty<Path> newIdentityFileProperty() {
        return newIdentityFile;
    }

    public ObjectProperty<Path> existingIdentityFileProperty() {
        return existingIdentityFile;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<Path> packageFileProperty() {
        return packageFile;
    }

    public ObjectProperty<Path> pdfFileProperty() {
        return pdfFile;
    }

    public StringProperty fingerprintProperty() {
        return fingerprint;
    }

    public StringProperty signerProperty() {
        return signer;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
