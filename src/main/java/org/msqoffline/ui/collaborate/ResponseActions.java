package org.msqoffline.ui.collaborate;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.ui.DesktopServices;
import org.msqoffline.ui.export.ExportWizardView;
import org.msqoffline.ui.export.ShareWindows;
import org.msqoffline.ui.export.ExportWizardViewModel;
import org.msqoffline.ui.verify.VerifyView;
import org.msqoffline.ui.verify.VerifyViewModel;

/**
 * The sharing actions of the main window: sign and export, verify, delegate, import a contribution,
 * carry forward. Each opens its own window over the main one.
 */
public final class ResponseActions {
    private final DesktopServices services;
    private final Stage owner;
    private final Consumer<ResponseInfo> open;
    private final Messages messages;

    /** {@code open} opens a response in the form (a carried-forward one, or the current one again after a merge). */
    public ResponseActions(DesktopServices services, Stage owner, Consumer<ResponseInfo> open) {
        this.services = services;
        this.owner = owner;
        this.open = open;
        this.messages = services.messages();
    }

    /** The "Share" menu of a response; {@code current} gives the response open in the form. */
    public MenuButton menu(Supplier<ResponseInfo> current) {
        MenuItem export = new MenuItem(messages.get("ui.collaborate.menuExport"));
        export.setOnAction(e -> signAndExport(current.get()));
        MenuItem delegate = new MenuItem(messages.get("ui.collaborate.menuDelegate"));
        delegate.setOnAction(e -> delegate(current.get()));
        MenuItem contribution = new MenuItem(messages.get("ui.collaborate.menuImport"));
        contribution.setOnAction(e -> importContribution(current.get()));
        MenuItem carry = new MenuItem(messages.get("ui.collaborate.menuCarry"));
        carry.setOnAction(e -> carryForward(current.get()));
        MenuItem verify = new MenuItem(messages.get("ui.collaborate.menuVerify"));
        verify.setOnAction(e -> verify());
        MenuButton menu = new MenuButton(messages.get("ui.collaborate.menu"), null, export, delegate, contribution, carry, verify);
        menu.setId("share-menu");
        return menu;
    }

    /** The wizard for the response; a received delegation gives a contribution for its coordinator. */
    public ExportWizardViewModel signAndExport(ResponseInfo response) {
        ExportWizardViewModel viewModel = new ExportWizardViewModel(services.exports(), services.responses(), response, services.tasks(),
                messages, services.clock(), services.documents());
        services.contributor().name().ifPresent(viewModel.nameProperty()::set);
        ExportWizardView.open(owner, viewModel);
        return viewModel;
    }

    public void verify() {
        VerifyView.open(owner, new VerifyViewModel(services.exports(), services.tasks(), messages));
    }

    /** The verification window, already checking {@code file}. */
    public void verify(Path file) {
        VerifyViewModel viewModel = new VerifyViewModel(services.exports(), services.tasks(), messages);
        VerifyView.open(owner, viewModel);
        viewModel.verify(file);
    }

    public void delegate(ResponseInfo response) {
        services.tasks().read(() -> services.responses().questionnaireOf(response), questionnaire -> DelegateView.open(owner,
                new DelegateViewModel(services.delegations(), response, questionnaire, services.contributor()::nameOrUser, services.tasks(),
                        messages, services.documents().resolve(response.countryIso3() + "-delegation.msqd"))), error -> { });
    }

    public void importContribution(ResponseInfo response) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("ui.collaborate.importTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ui.collaborate.importFilter"), "*.asice"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            ComparisonViewModel viewModel = comparison(response);
            ComparisonView.open(owner, viewModel);
            viewModel.load(file.toPath());
        }
    }

    /** A comparison whose merge re-opens the response, so the form shows the merged answers. */
    public ComparisonViewModel comparison(ResponseInfo response) {
        return new ComparisonViewModel(services.contributions(), services.responses(), response, services.tasks(), messages,
                () -> open.accept(response));
    }

    public void carryForward(ResponseInfo response) {
        CarryForwardView.open(owner, new CarryForwardViewModel(services.responses(), response, services.contributor()::nameOrUser,
                services.tasks(), messages, open));
    }

    static Stage window(Window owner, Parent content, String title, double width, double height) {
        return ShareWindows.open(owner, content, title, width, height);
    }
}
