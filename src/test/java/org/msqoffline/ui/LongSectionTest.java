package org.msqoffline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msqoffline.ui.form.FormView;
import org.msqoffline.ui.form.ItemViewModel;
import org.msqoffline.ui.form.SectionViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long section (the MSQ's section D, 41 questions) is shown with its first questions at once and the rest added
 * frame by frame: all of them, in order, each time the section is shown; a question jumped to is there at once.
 */
@ExtendWith(ApplicationExtension.class)
class LongSectionTest {
    private DesktopFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.services.tasks().writesDone().get(5, TimeUnit.SECONDS);
            fixture.close();
        }
    }

    @Test
    void aLongSectionShowsItsFirstQuestionsAtOnceThenAllInOrderEveryTime(FxRobot robot) throws Exception {
        fixture = new DesktopFixture("contact");
        robot.interact(() -> fixture.show(stage));
        FormView form = fixture.form();
        int d = sectionIndex(form, "d");
        SectionViewModel section = form.viewModel().sections().get(d);
        assertThat(section.items()).hasSizeGreaterThan(30);

        for (int showing = 1; showing <= 2; showing++) {
            int[] atOnce = new int[1];
            robot.interact(() -> {
                form.viewModel().selectSection(d);
                atOnce[0] = cardsShown(form).size();
            });
            assertThat(atOnce[0]).as("questions there at once, showing %d", showing).isBetween(8, section.items().size() - 1);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cardsShown(form).size() == section.items().size());
            assertThat(cardsShown(form)).as("every question, in order, showing %d", showing).containsExactlyElementsOf(cardsOf(form, section));
            robot.interact(() -> form.viewModel().selectSection(d - 1));
        }

        List<ItemViewModel> shown = section.items().stream().filter(item -> item.shownProperty().get()).toList();
        ItemViewModel last = shown.get(shown.size() - 1);
        robot.interact(() -> {
            form.focusItem(last.id());
            assertThat(form.inputOf(last.id()).getScene()).as("a question jumped to is in the page at once").isNotNull();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> form.inputOf(last.id()).isFocused());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cardsShown(form).size() == section.items().size());
        assertThat(cardsShown(form)).containsExactlyElementsOf(cardsOf(form, section));
    }

    private static int sectionIndex(FormView form, String id) {
        for (int i = 0; i < form.viewModel().sections().size(); i++) {
            if (form.viewModel().sections().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no section " + id);
    }

    /** The question cards in the page shown, in their order on the page. */
    private static List<Node> cardsShown(FormView form) {
        Parent page = (Parent) ((ScrollPane) form.getCenter()).getContent();
        return page.getChildrenUnmodifiable().stream().filter(node -> node.getStyleClass().contains("item-card")).toList();
    }

    /** The card of each question of a section, in the section's order (the card holds the question's input). */
    private static List<Node> cardsOf(FormView form, SectionViewModel section) {
        List<Node> cards = new ArrayList<>();
        for (ItemViewModel item : section.items()) {
            Node node = form.inputOf(item.id());
            while (node != null && !node.getStyleClass().contains("item-card")) {
                node = node.getParent();
            }
            cards.add(node);
        }
        return cards;
    }
}
