package org.msqoffline.ui.collaborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.msqoffline.app.Contributions;
import org.msqoffline.app.Delegations;
import org.msqoffline.app.Exports;
import org.msqoffline.app.Responses;
import org.msqoffline.exchange.ExportOptions;
import org.msqoffline.exchange.KeyAlgorithm;
import org.msqoffline.exchange.Paper;
import org.msqoffline.exchange.SigningIdentity;
import org.msqoffline.i18n.Messages;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.MergePlan;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;
import org.msqoffline.ui.ShortcutLetters;
import org.msqoffline.ui.common.SameThreadTaskExecutor;
import org.msqoffline.ui.common.Theme;
import org.msqoffline.ui.export.ShareWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A coordinator delegates section C to a ministry, both change answers, and the contribution comes back. */
@ExtendWith(ApplicationExtension.class)
class ComparisonViewModelTest {
    @TempDir
    Path coordinatorFolder;

    @TempDir
    Path ministryFolder;

    @TempDir
    Path out;

    private final Messages messages = Messages.english();
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private DataFolder coordinatorData;
    private DataFolder ministryData;
    private Responses coordinator;
    private ResponseInfo original;
    private Path contribution;

    @BeforeEach
    void exchange() throws Exception {
        coordinatorData = DataFolder.open(coordinatorFolder, DataFolder.Access.WRITE);
        ministryData = DataFolder.open(ministryFolder, DataFolder.Access.WRITE);
        coordinator = new Responses(coordinatorData);
        Responses ministry = new Responses(ministryData);
        original = coordinator.importSample("Shahin Aliyev");
        Delegations.Issued issued = new Delegations(coordinatorData, coordinator)
                .delegate(original, List.of(), List.of("C"), "Ministry of Justice", "Shahin Aliyev");
        ResponseInfo part = new Delegations(ministryData, ministry).importDelegation(issued.file(), "Leyla Mammadova");
        ministry.setAnswer(part, ministry.item(part, "c-foi-law-details"), new AnswerValue.Text("Ministry: FOI law amended 2023"), "Leyla");
        ministry.setAnswer(part, ministry.item(part, "c-privacy-law-details"), new AnswerValue.Text("Ministry: privacy"), "Leyla");
        coordinator.setAnswer(original, coordinator.item(original, "c-privacy-law-details"), new AnswerValue.Text("Coordinator: privacy"),
                "Shahin Aliyev");
        SigningIdentity leyla = SigningIdentity.create(new SigningIdentity.Holder("Leyla Mammadova", "leyla@example.az", "Ministry", "AZE"),
                KeyAlgorithm.EC_P256, Clock.systemUTC().instant());
        contribution = new Exports(ministry, Clock.systemUTC(), messages).export(part, leyla, out, new ExportOptions(true, Paper.A4), p -> { });
    }

    @AfterEach
    void close() {
        coordinatorData.close();
        ministryData.close();
    }

    private ComparisonViewModel comparison(Runnable afterMerge) {
        return new ComparisonViewModel(new Contributions(coordinatorData, coordinator), coordinator, original, tasks, messages, afterMerge);
    }

    private static ComparisonViewModel.Row row(ComparisonViewModel viewModel, String itemId) {
        return viewModel.rows().stream().filter(r -> r.itemId().equals(itemId)).findFirst().orElseThrow();
    }

    @Test
    void eachDifferingItemIsListedWithContributorOnlyChangesPreselected() {
        ComparisonViewModel viewModel = comparison(() -> { });
        viewModel.load(contribution);
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(viewModel.rows()).extracting(ComparisonViewModel.Row::itemId)
                .containsExactly("c-foi-law-details", "c-privacy-law-details");
        ComparisonViewModel.Row incoming = row(viewModel, "c-foi-law-details");
        assertThat(incoming.change()).isEqualTo(MergePlan.Change.INCOMING);
        assertThat(incoming.takeIncomingProperty().get()).isTrue();
        assertThat(incoming.choosable()).isFalse();
        assertThat(incoming.explanation()).contains("Only the contributor changed it");
        ComparisonViewModel.Row conflict = row(viewModel, "c-privacy-law-details");
        assertThat(conflict.change()).isEqualTo(MergePlan.Change.CONFLICT);
        assertThat(conflict.current()).isEqualTo("Coordinator: privacy");
        assertThat(conflict.currentBy()).startsWith("by Shahin Aliyev");
        assertThat(conflict.incoming()).isEqualTo("Ministry: privacy");
        assertThat(conflict.takeIncomingProperty().get()).as("conflicts keep the current answer until chosen").isFalse();
        assertThat(viewModel.messageProperty().get()).isEqualTo("2 items differ; 1 needs your choice.");
        assertThat(viewModel.headingProperty().get()).contains("Leyla Mammadova", "Ministry of Justice");
    }

    @Test
    void takingAConflictMergesTheContributorsAnswerAndASecondImportSaysAlreadyMerged() {
        AtomicInteger reopened = new AtomicInteger();
        ComparisonViewModel viewModel = comparison(reopened::incrementAndGet);
        viewModel.load(contribution);
        row(viewModel, "c-privacy-law-details").takeIncomingProperty().set(true);
        assertThat(viewModel.choices()).containsExactly(java.util.Map.entry("c-privacy-law-details", true));
        viewModel.merge();

        assertThat(viewModel.messageProperty().get()).isEqualTo("Merged: 2 answers changed. Each change is in the history under the "
                + "signer\u2019s name.");
        assertThat(reopened).hasValue(1);
        assertThat(coordinator.answer(original, "c-privacy-law-details")).contains(new AnswerValue.Text("Ministry: privacy"));
        assertThat(coordinator.answer(original, "c-foi-law-details")).contains(new AnswerValue.Text("Ministry: FOI law amended 2023"));
        assertThat(viewModel.canMerge().get()).isFalse();

        ComparisonViewModel again = comparison(() -> { });
        again.load(contribution);
        assertThat(again.alreadyMergedProperty().get()).isTrue();
        assertThat(again.messageProperty().get()).isEqualTo("This contribution was already merged. Nothing changes.");
        assertThat(again.canMerge().get()).isFalse();
    }

    @Test
    void keepAllKeepsTheCoordinatorsAnswerForConflicts() {
        ComparisonViewModel viewModel = comparison(() -> { });
        viewModel.load(contribution);
        viewModel.takeAll();
        viewModel.keepAll();
        viewModel.merge();
        assertThat(coordinator.answer(original, "c-privacy-law-details")).contains(new AnswerValue.Text("Coordinator: privacy"));
        assertThat(coordinator.answer(original, "c-foi-law-details")).contains(new AnswerValue.Text("Ministry: FOI law amended 2023"));
    }

    @Test
    void aFileThatIsNoContributionIsRefusedInOneLine() throws Exception {
        Path notes = Files.writeString(out.resolve("notes.asice"), "not a package");
        ComparisonViewModel viewModel = comparison(() -> { });
        viewModel.load(notes);
        assertThat(viewModel.errorProperty().get()).startsWith("Refused: ").doesNotContain("\n");
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.canMerge().get()).isFalse();
    }

    @Test
    void aContributionIsNamedAsOneNotAsTheCountrysPackage() {
        assertThat(contribution.getFileName().toString()).matches("AZE_msq-2024_contribution_\\d{8}-\\d{4}\\.asice");
    }

    /** After the merge a conflict said "Conflict" in red over disabled Take/Keep; it now says what was done, as the other rows. */
    @Test
    void afterTheMergeAConflictSaysWhatWasDoneWithIt(FxRobot robot) {
        ComparisonViewModel viewModel = comparison(() -> { });
        viewModel.load(contribution);
        row(viewModel, "c-privacy-law-details").takeIncomingProperty().set(true);
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new ComparisonView(viewModel), 1100, 640));
            stage.show();
        });
        assertThat(choiceShown(robot, "c-privacy-law-details")).isEmpty();   // Take and Keep, no text
        assertThat(robot.lookup(".cell-text.conflict").queryAll()).isNotEmpty();
        assertThat(texts(robot, ".cell-note")).anyMatch(note -> note.contains("Shahin Aliyev"));

        assertThat(texts(robot, ".cell-note")).contains("Both changed it: choose which answer stays.");
        robot.interact(viewModel::merge);
        assertThat(choiceShown(robot, "c-privacy-law-details")).isEqualTo("taken");
        assertThat(texts(robot, ".cell-note")).contains("Both changed it: the contributor\u2019s answer was taken.")
                .doesNotContain("Both changed it: choose which answer stays.");
        assertThat(robot.lookup(".cell-text.conflict").queryAll()).isEmpty();
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(window -> ((Stage) window).close()));
    }

    /** Two long answers side by side that differ by a word looked alike: the words that differ are marked on each side. */
    @Test
    void theWordsThatDifferAreMarkedOnEachSide(FxRobot robot) {
        ComparisonViewModel viewModel = comparison(() -> { });
        viewModel.load(contribution);
        robot.interact(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new ComparisonView(viewModel), 1100, 640);
            new Theme(messages.locale()).dress(scene);
            scene.getStylesheets().add(ShareWindows.STYLESHEET);
            stage.setScene(scene);
            stage.show();
        });
        Text removed = robot.lookup(".word-removed").queryAllAs(Text.class).stream().filter(t -> t.getText().equals("Coordinator:"))
                .findFirst().orElseThrow();
        Text added = robot.lookup(".word-added").queryAllAs(Text.class).stream().filter(t -> t.getText().equals("Ministry:"))
                .findFirst().orElseThrow();
        assertThat(removed.isStrikethrough()).as("struck through in the current answer").isTrue();
        assertThat(added.isUnderline()).as("underlined in the incoming one").isTrue();
        assertThat(texts(robot, ".cell-text")).as("the words both share, plain").contains(" privacy")
                .doesNotContain("Coordinator: privacy", "Ministry: privacy");
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(window -> ((Stage) window).close()));
    }

    /** "_Fusionner" and "_Fermer" (French), "_Оставить все" and "_Объединить" (Russian) shared a letter. */
    @ParameterizedTest
    @FieldSource("org.msqoffline.i18n.Languages#CODES")
    void noTwoButtonsShareAShortcutLetter(String language, FxRobot robot) {
        Messages inLanguage = Messages.forLocale(Locale.forLanguageTag(language));
        ComparisonViewModel viewModel = new ComparisonViewModel(new Contributions(coordinatorData, coordinator), coordinator, original,
                tasks, inLanguage, () -> { });
        viewModel.load(contribution);
        List<String> clashes = new ArrayList<>();
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new ComparisonView(viewModel), 1100, 640));
            stage.show();
            clashes.addAll(ShortcutLetters.clashes());
            stage.close();
        });
        assertThat(clashes).isEmpty();
    }

    private static String choiceShown(FxRobot robot, String itemId) {
        TableView<ComparisonViewModel.Row> table = robot.lookup("#comparison-table").queryTableView();
        int index = table.getItems().indexOf(table.getItems().stream().filter(r -> r.itemId().equals(itemId)).findFirst().orElseThrow());
        TableColumn<ComparisonViewModel.Row, ?> choice = table.getColumns().get(table.getColumns().size() - 1);
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream().filter(r -> r.getIndex() == index).findFirst()
                .map(r -> r.lookupAll(".table-cell").stream().map(TableCell.class::cast).filter(c -> c.getTableColumn() == choice)
                        .map(c -> c.getText() == null ? "" : c.getText()).findFirst().orElseThrow())
                .orElseThrow();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Text.class).stream().map(Text::getText).toList();
    }
}
