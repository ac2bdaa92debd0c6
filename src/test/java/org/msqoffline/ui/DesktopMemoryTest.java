package org.msqoffline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msqoffline.app.DesktopState;
import org.msqoffline.ui.form.FormView;
import org.msqoffline.ui.form.FormViewModel;
import org.msqoffline.ui.review.ReviewView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the desktop keeps in memory. The form's answers hold no bitmaps: left as JavaFX makes them, each text area
 * would keep a picture of its whole answer (its scroll pane's cached viewport) for as long as the form is open: 1.6 GB
 * of the 2.7 GB a 2,000-item form held in the desktop benchmark. A screen left is let go: a form replaced by another
 * (a listener it had left on the window's scene kept every form opened since the window appeared), and a review (the
 * form kept every review opened, and refreshed each on every answer), and a form left for the list of responses (the
 * window's progress bar stayed bound to it).
 */
@ExtendWith(ApplicationExtension.class)
class DesktopMemoryTest {
    private DesktopFixture fixture;
    private Stage window;

    @AfterEach
    void closeFixture() throws Exception {
        if (window != null) {
            WaitForAsyncUtils.asyncFx(window::close).get(10, TimeUnit.SECONDS);
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void noTextAreaOfTheFormKeepsABitmapOfItsText(FxRobot robot) throws Exception {
        FormView form = showForm(robot);
        robot.interact(() -> form.viewModel().item("a-portal-national").orElseThrow()
                .setText("The national portal, described at length.\n".repeat(40)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !textAreas(form).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        List<TextArea> areas = textAreas(form);
        assertThat(areas).isNotEmpty();
        for (TextArea area : areas) {
            ScrollPane inner = (ScrollPane) area.lookup(".scroll-pane");
            Node viewport = inner.lookup(".viewport");
            assertThat(viewport).as("the viewport of a text area's scroll pane").isNotNull();
            assertThat(viewport.isCache()).as("a cached bitmap of the answer").isFalse();
        }
    }

    @Test
    void openingTheResponseAgainLetsTheFormShownBeforeGo(FxRobot robot) throws Exception {
        WeakReference<FormView> before = new WeakReference<>(showForm(robot));
        WeakReference<FormViewModel> modelBefore = new WeakReference<>(fixture.form().viewModel());
        robot.interact(() -> fixture.window.open(fixture.response, new DesktopState.Place(fixture.response.id(), "b", null)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.window.formView().filter(form -> form != before.get()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Garbage.collected(before)).as("the form shown before the response was opened again is let go").isTrue();
        assertThat(Garbage.collected(modelBefore)).as("its view model too").isTrue();
    }

    @Test
    void aFormLeftForTheListOfResponsesIsLetGo(FxRobot robot) throws Exception {
        showForm(robot);
        WeakReference<FormViewModel> model = new WeakReference<>(fixture.form().viewModel());
        robot.interact(() -> fixture.window.showResponses());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Garbage.collected(model)).as("the form's view model, once the list of responses is shown").isTrue();
    }

    @Test
    void aReviewLeftIsLetGoAndNoLongerFollowsTheAnswers(FxRobot robot) throws Exception {
        showForm(robot);
        robot.interact(() -> fixture.window.showReview());
        WeakReference<ReviewView> first = new WeakReference<>(fixture.window.reviewView().orElseThrow());
        robot.interact(() -> fixture.window.showReview());

        assertThat(Garbage.collected(first)).as("the review shown before the review was opened again is let go").isTrue();
    }

    /**
     * The desktop on a new response, in a window of its own: TestFX keeps every event fired in the window it gives
     * (and with them their targets), which would keep alive what these tests expect to be let go.
     */
    private FormView showForm(FxRobot robot) throws Exception {
        fixture = new DesktopFixture("a");
        robot.interact(() -> {
            window = new Stage();
            fixture.show(window);
        });
        return fixture.form();
    }

    private static List<TextArea> textAreas(FormView form) {
        return form.lookupAll(".answer-longtext").stream().filter(TextArea.class::isInstance).map(TextArea.class::cast)
                .filter(area -> area.getSkin() != null && area.lookup(".scroll-pane") instanceof ScrollPane pane && pane.getSkin() != null)
                .toList();
    }
}
