package org.msqoffline.ui.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.msqoffline.i18n.Messages;
import org.msqoffline.ui.collaborate.ItemMarks;
import org.msqoffline.ui.common.ArabicWrap;
import org.msqoffline.questionnaire.ChoiceOption;
import org.msqoffline.questionnaire.ItemType;
import org.msqoffline.ui.common.LatinData;
import org.msqoffline.ui.common.OnFirstNeed;

/**
 * The filling screen: the section navigator on the left, the questions of one section on the right. A section
 * is shown with its first questions at once and the rest added a few per frame, so that even a section of a
 * hundred long answers appears without a wait; a question jumped to is added at once.
 */
public final class FormView extends BorderPane {
    private static final String DECORATED = "msq.decorated";
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    /**
     * Questions shown at once when a section is shown: a laptop's screenful (on a taller screen the next frame fills
     * the rest). Each costs ~3 ms here, before the section can be painted.
     */
    private static final int FIRST_CARDS = 8;
    /** Questions added per frame after those (each is built, styled and laid out in that frame). */
    private static final int CARDS_PER_FRAME = 6;
    private final FormViewModel viewModel;
    private final Messages messages;
    private final ListView<SectionViewModel> navigator = new ListView<>();
    private final ScrollPane scroll = new ScrollPane();
    private final Map<String, SectionPage> pages = new HashMap<>();
    private SectionPage shown;
    private final AnimationTimer filler = new AnimationTimer() {
        @Override
        public void handle(long now) {
            fillShownSection();
        }
    };
    private final Map<ItemViewModel, Control> firstInputs = new IdentityHashMap<>();
    private final Map<ItemViewModel, Node> cards = new IdentityHashMap<>();
    // A style class, not ControlsFX's red cross: the cross sat on the first option of a choice and on the corner of
    // the field, and the card already says what is wrong in words.
    private final StyleClassValidationDecoration decoration = new StyleClassValidationDecoration();

    public FormView(FormViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        getStyleClass().add("form-view");

        navigator.getItems().setAll(viewModel.sections());
        navigator.getStyleClass().add("section-navigator");
        navigator.setCellFactory(list -> new SectionCell());
        navigator.setAccessibleText(messages.get("ui.form.sections"));
        navigator.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0 && index.intValue() != viewModel.sectionIndexProperty().get()) {
                viewModel.selectSection(index.intValue());
            }
        });
        viewModel.sectionIndexProperty().addListener((obs, old, index) -> showSection(index.intValue()));
        setLeft(navigator);

        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("question-scroll");
        scroll.setFocusTraversable(false);
        setCenter(scroll);
        // Only while in the window: a listener left on the scene would keep this form, and all its questions, alive
        // after the response is closed or opened again.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(keepFocusVisible);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(keepFocusVisible);
            }
        });
        if (viewModel.sectionIndexProperty().get() < 0) {
            viewModel.selectSection(0);
        } else {
            showSection(viewModel.sectionIndexProperty().get());
        }
    }

    private final ChangeListener<Node> keepFocusVisible = (obs, old, focused) -> {
        if (focused != null && isInside(focused, scroll.getContent())) {
            ensureVisible(focused);
        }
    };

    public FormViewModel viewModel() {
        return viewModel;
    }

    private void showSection(int index) {
        if (index < 0) {
            return;
        }
        SectionPage page = page(index);
        if (page != shown) {
            // Questions put back into the scene are styled anew: only a screenful now, the rest frame by frame.
            page.keepFirst(FIRST_CARDS);
            page.attachUpTo(FIRST_CARDS - 1);
            shown = page;
            scroll.setContent(page.box);
        }
        scroll.setVvalue(0);
        navigator.getSelectionModel().select(index);
        navigator.scrollTo(Math.max(0, index - 2));
        if (!page.complete()) {
            filler.start();
        }
    }

    private void fillShownSection() {
        if (shown == null || shown.complete()) {
            filler.stop();
            return;
        }
        shown.attachUpTo(shown.attached + CARDS_PER_FRAME - 1);
    }

    private SectionPage page(int index) {
        SectionViewModel section = viewModel.sections().get(index);
        return pages.computeIfAbsent(section.id(), id -> new SectionPage(section, index));
    }

    /** The input of an item, its question added to its section's page first if it was not yet. */
    private Control attachedInput(ItemViewModel item) {
        for (int i = 0; i < viewModel.sections().size(); i++) {
            int position = viewModel.sections().get(i).items().indexOf(item);
            if (position >= 0) {
                page(i).attachUpTo(position);
                return firstInputs.get(item);
            }
        }
        return null;
    }

    /** Focuses the input of an item (switching section if needed) and scrolls it into view. */
    public void focusItem(String itemId) {
        viewModel.goTo(itemId);
        viewModel.item(itemId).ifPresent(item -> {
            Control input = attachedInput(item);
            if (input == null) {
                return;
            }
            if (input.getScene() == null && getScene() != null) {
                // A new scroll pane gets its skin, and so puts its content in the scene, at the next CSS pass.
                layOutWindow();
            }
            Node card = cards.get(item);
            if (input.getScene() != null) {
                input.requestFocus();
                scrollToTop(card);
            } else {
                Platform.runLater(() -> {
                    input.requestFocus();
                    scrollToTop(card);
                });
            }
        });
    }

    /** Moves to the previous (-1) or next (+1) shown question. */
    public void moveQuestion(int direction) {
        viewModel.neighbour(viewModel.focusedItemProperty().get(), direction).ifPresent(item -> focusItem(item.id()));
    }

    /** Focuses the first question of the current section. */
    public void focusFirstQuestion() {
        viewModel.currentSection().items().stream().filter(i -> i.shownProperty().get()).findFirst()
                .ifPresent(item -> focusItem(item.id()));
    }

    /** The input control of an item, its question added to its section first if needed (for tests and focus). */
    public Control inputOf(String itemId) {
        return viewModel.item(itemId).map(this::attachedInput).orElse(null);
    }

    /**
     * One section's content: its heading, the cards of its questions (built when first needed, kept for later) and
     * the buttons to the neighbouring sections. Cards {@code 0..attached-1} are in the page, before the buttons.
     */
    private final class SectionPage {
        final SectionViewModel section;
        final VBox box;
        final int headerSize;
        final List<Node> built = new ArrayList<>();
        int attached;

        SectionPage(SectionViewModel section, int index) {
            this.section = section;
            this.box = buildSection(section, index);
            this.headerSize = box.getChildren().size() - 1;
        }

        boolean complete() {
            return attached == section.items().size();
        }

        /** Makes sure the cards up to {@code position} (inclusive) are in the page, building those never built. */
        void attachUpTo(int position) {
            int last = Math.min(position, section.items().size() - 1);
            if (last < attached) {
                return;
            }
            List<Node> more = new ArrayList<>();
            for (int i = attached; i <= last; i++) {
                if (i == built.size()) {
                    built.add(buildItem(section.items().get(i)));
                }
                more.add(built.get(i));
            }
            box.getChildren().addAll(headerSize + attached, more);
            attached = last + 1;
        }

        /** Takes out the cards after the first {@code count} (while the page is out of the scene, so at no cost). */
        void keepFirst(int count) {
            if (attached > count) {
                box.getChildren().remove(headerSize + count, headerSize + attached);
                attached = count;
            }
        }
    }

    private VBox buildSection(SectionViewModel section, int index) {
        VBox box = new VBox();
        box.getStyleClass().add("section-content");
        Label title = new Label(section.title());
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        ArabicWrap.apply(title);
        Label progress = new Label();
        progress.getStyleClass().add("section-progress");
        progress.textProperty().bind(section.progressTextProperty());
        box.getChildren().addAll(title, progress);
        section.note().ifPresent(note -> box.getChildren().add(wrapped(note, "section-note")));
        HBox buttons = new HBox();
        buttons.getStyleClass().add("section-buttons");
        Button previous = new Button(messages.get("ui.form.previousSection"));
        previous.setOnAction(e -> {
            viewModel.previousSection();
            focusFirstQuestion();
        });
        previous.setDisable(index == 0);
        Button next = new Button(messages.get("ui.form.nextSection"));
        next.setOnAction(e -> {
            viewModel.nextSection();
            focusFirstQuestion();
        });
        next.setDisable(index == viewModel.sections().size() - 1);
        next.getStyleClass().add("primary");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        buttons.getChildren().addAll(previous, spacer, next);
        box.getChildren().add(buttons);
        return box;
    }

    private Node buildItem(ItemViewModel item) {
        VBox card = new VBox();
        cards.put(item, card);
        card.getStyleClass().add("item-card");
        card.visibleProperty().bind(item.shownProperty());
        card.managedProperty().bind(item.shownProperty());
        if (item.item().condition().isPresent()) {
            card.getStyleClass().add("follow-up");
            VBox.setMargin(card, new Insets(0, 0, 0, 28));
        }
        item.heading().ifPresent(heading -> card.getChildren().add(wrapped(heading, "item-heading")));

        Label number = new Label(item.number());
        number.getStyleClass().add("item-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label text = wrapped(item.text(), "item-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox question = new HBox(number, text);
        question.getStyleClass().add("item-question");
        if (item.isNew()) {
            Label badge = new Label(messages.get("ui.form.new"));
            badge.getStyleClass().add("new-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setTooltip(new Tooltip(messages.get("ui.form.newHint")));
            badge.setAccessibleText(messages.get("ui.form.newHint"));
            question.getChildren().add(badge);
        }
        if (item.isRequired()) {
            Label required = new Label(messages.get("ui.form.requiredMark"));
            required.getStyleClass().add("required-mark");
            required.setMinWidth(Region.USE_PREF_SIZE);
            required.setAccessibleText(messages.get("ui.form.required"));
            question.getChildren().add(required);
        }
        card.getChildren().add(question);
        item.note().ifPresent(note -> card.getChildren().add(wrapped(note, "item-note")));

        Node input = buildInput(item);
        input.disableProperty().bind(item.editableProperty().not());
        card.getChildren().addAll(input, ItemMarks.of(item, messages));

        Control first = firstInputs.get(item);
        number.setLabelFor(first);
        OnFirstNeed.build(() -> item.visibleProblemProperty().get() != null, () -> card.getChildren().add(problemLabel(item)),
                item.visibleProblemProperty());
        showProblem(card, first, item.visibleProblemProperty().get());
        item.visibleProblemProperty().addListener((obs, old, message) -> showProblem(card, first, message));
        first.sceneProperty().addListener((obs, old, scene) -> decorate(first, item.visibleProblemProperty().get()));
        return card;
    }

    /** The problem in words under the question, made the first time the item has one. */
    private static Label problemLabel(ItemViewModel item) {
        Label problem = new Label();
        problem.getStyleClass().add("item-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(item.visibleProblemProperty());
        problem.visibleProperty().bind(item.visibleProblemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    /** Marks a card and its first input as having a problem, or not. */
    private void showProblem(Node card, Control first, String message) {
        card.pseudoClassStateChanged(PROBLEM, message != null);
        decorate(first, message);
    }

    private void decorate(Control control, String message) {
        boolean decorated = control.getProperties().containsKey(DECORATED);
        if (control.getScene() == null || (message == null && !decorated)) {
            return;
        }
        if (decorated) {
            Decorator.removeAllDecorations(control);
            control.getProperties().remove(DECORATED);
        }
        if (message != null) {
            decoration.applyValidationDecoration(ValidationMessage.error(control, message));
            control.getProperties().put(DECORATED, Boolean.TRUE);
        }
    }

    private Node buildInput(ItemViewModel item) {
        ItemType type = item.item().type();
        return switch (type) {
            case TEXT, EMAIL, URL -> {
                TextField field = new TextField(item.textValue());
                field.getStyleClass().add("answer-" + type.code());
                if (type != ItemType.TEXT) {
                    field.setPromptText(messages.get(type == ItemType.EMAIL ? "ui.form.emailPrompt" : "ui.form.urlPrompt"));
                    LatinData.of(field);
                }
                if (item.item().maxLength() != null && item.item().maxLength() < 300) {
                    field.setMaxWidth(640);
                }
                bindText(item, field);
                yield field;
            }
            case LONGTEXT -> {
                TextArea area = new TextArea(item.textValue());
                area.setWrapText(true);
                area.getStyleClass().add("answer-longtext");
                area.setPrefRowCount(rows(area.getText()));
                area.textProperty().addListener((obs, old, now) -> area.setPrefRowCount(rows(now)));
                area.addEventFilter(KeyEvent.KEY_PRESSED, FormView::tabLeavesTextArea);
                withoutViewportBitmap(area);
                bindText(item, area);
                yield area;
            }
            case SINGLE -> buildSingle(item);
            case MULTIPLE -> buildMultiple(item);
            default -> throw new IllegalStateException("unhandled type " + type);
        };
    }

    private void bindText(ItemViewModel item, TextInputControl field) {
        firstInputs.put(item, field);
        describe(item, field, null);
        field.textProperty().addListener((obs, old, now) -> item.setText(now));
        item.valueProperty().addListener((obs, old, value) -> {
            String wanted = item.textValue();
            if (!wanted.equals(field.getText()) && !(wanted.isEmpty() && field.getText().isBlank())) {
                field.setText(wanted);
            }
        });
        trackFocus(item, field);
    }

    /**
     * What assistive technology says of an input: the item's number and text (after the option's label, for an
     * option), whether it is required, and as help the problem found with it (else the item's note).
     */
    private void describe(ItemViewModel item, Control control, String option) {
        control.setAccessibleText(accessibleName(messages, item, option));
        control.accessibleHelpProperty().bind(Bindings.createStringBinding(() -> {
            String problem = item.visibleProblemProperty().get();
            return problem != null ? messages.get("ui.form.accessibleError", problem) : item.note().orElse(null);
        }, item.visibleProblemProperty()));
    }

    /** "3 Is there a law? (required)", or for an option "Yes: 3 Is there a law? (required)". */
    static String accessibleName(Messages messages, ItemViewModel item, String option) {
        String question = messages.get("ui.form.accessibleQuestion", item.number(), item.text());
        String name = option == null ? question : messages.get("ui.form.accessibleOption", option, question);
        return item.isRequired() ? messages.get("ui.form.accessibleRequired", name) : name;
    }

    private static void trackFocus(ItemViewModel item, Node node) {
        node.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                item.focused();
            } else {
                item.left();
            }
        });
    }

    private Node buildSingle(ItemViewModel item) {
        VBox options = new VBox();
        options.getStyleClass().add("choice-options");
        ToggleGroup group = new ToggleGroup();
        Map<String, RadioButton> buttons = new HashMap<>();
        Map<String, TextField> freeTexts = new HashMap<>();
        for (ChoiceOption option : item.item().options()) {
            RadioButton radio = new RadioButton(item.optionLabel(option));
            radio.setWrapText(true);
            radio.setToggleGroup(group);
            radio.setUserData(option.id());
            radio.setSelected(item.isSelected(option.id()));
            radio.setOnAction(e -> item.choose(option.id()));
            radio.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                    item.choose(null);
                    e.consume();
                }
            });
            trackFocus(item, radio);
            describe(item, radio, item.optionLabel(option));
            buttons.put(option.id(), radio);
            firstInputs.putIfAbsent(item, radio);
            options.getChildren().add(option.freeText() ? withFreeText(item, option, radio, freeTexts) : radio);
        }
        item.valueProperty().addListener((obs, old, value) -> {
            buttons.forEach((id, radio) -> radio.setSelected(item.isSelected(id)));
            syncFreeTexts(item, freeTexts);
        });
        // A radio group cannot be emptied by clicking: this link (or Delete on an option) takes the answer back.
        Hyperlink clear = new Hyperlink(messages.get("ui.form.clear"));
        clear.getStyleClass().add("clear-answer");
        clear.setFocusTraversable(false);
        clear.setTooltip(new Tooltip(messages.get("ui.form.clearHint")));
        clear.visibleProperty().bind(item.valueProperty().isNotNull());
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(e -> {
            item.choose(null);
            item.left();
        });
        options.getChildren().add(clear);
        return options;
    }

    private Node buildMultiple(ItemViewModel item) {
        VBox options = new VBox();
        options.getStyleClass().add("choice-options");
        Map<String, CheckBox> boxes = new HashMap<>();
        Map<String, TextField> freeTexts = new HashMap<>();
        for (ChoiceOption option : item.item().options()) {
            CheckBox box = new CheckBox(item.optionLabel(option));
            box.setWrapText(true);
            box.setSelected(item.isSelected(option.id()));
            box.setOnAction(e -> item.toggle(option.id(), box.isSelected()));
            trackFocus(item, box);
            describe(item, box, item.optionLabel(option));
            boxes.put(option.id(), box);
            firstInputs.putIfAbsent(item, box);
            options.getChildren().add(option.freeText() ? withFreeText(item, option, box, freeTexts) : box);
        }
        item.valueProperty().addListener((obs, old, value) -> {
            boxes.forEach((id, box) -> box.setSelected(item.isSelected(id)));
            syncFreeTexts(item, freeTexts);
        });
        return options;
    }

    private Node withFreeText(ItemViewModel item, ChoiceOption option, Control button, Map<String, TextField> freeTexts) {
        TextField text = new TextField(item.freeText(option.id()));
        text.setPromptText(messages.get("ui.form.otherPrompt"));
        describe(item, text, messages.get("ui.form.otherPrompt"));
        text.getStyleClass().add("free-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(item.freeText(option.id()))) {
                item.setFreeText(option.id(), now);
            }
        });
        trackFocus(item, text);
        freeTexts.put(option.id(), text);
        HBox row = new HBox(button, text);
        row.getStyleClass().add("free-text-row");
        return row;
    }

    private static void syncFreeTexts(ItemViewModel item, Map<String, TextField> freeTexts) {
        freeTexts.forEach((id, field) -> {
            String wanted = item.freeText(id);
            if (!wanted.equals(field.getText()) && !(wanted.isEmpty() && !item.isSelected(id))) {
                field.setText(wanted);
            }
        });
    }

    /**
     * JavaFX's scroll pane keeps a bitmap of what it shows (ScrollPaneSkin caches its viewport), and a text area
     * shows its text through one. Sized to its answer, each text area of the form would hold a bitmap of the whole
     * answer as long as the form lives: hundreds of megabytes for a large questionnaire, and the garbage collector's
     * pauses with them. The form's own scroll pane does the scrolling, so the text areas go without.
     */
    private static void withoutViewportBitmap(TextArea area) {
        area.skinProperty().addListener((observable, old, skin) -> {
            if (skin != null && area.lookup(".scroll-pane") instanceof ScrollPane inner) {
                noCachedViewport(inner);
                inner.skinProperty().addListener((o, before, innerSkin) -> noCachedViewport(inner));
            }
        });
    }

    private static void noCachedViewport(ScrollPane pane) {
        Node viewport = pane.getSkin() == null ? null : pane.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }

    /** Tab moves on, as in every other field; Ctrl+Tab would too. A tab character is rarely meant here. */
    private static void tabLeavesTextArea(KeyEvent event) {
        if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
            event.consume();
            TextArea area = (TextArea) event.getSource();
            area.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(), event.getCharacter(),
                    event.getText(), event.getCode(), event.isShiftDown(), true, event.isAltDown(), event.isMetaDown()));
        }
    }

    /** Rows for a text area: at least three, growing with the text up to a screenful. */
    static int rows(String text) {
        int rows = 0;
        for (String paragraph : text.split("\n", -1)) {
            rows += Math.max(1, (int) Math.ceil(paragraph.length() / 95.0));
        }
        return Math.max(3, Math.min(18, rows + 1));
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        ArabicWrap.apply(label);
        label.getStyleClass().add(styleClass);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static boolean isInside(Node node, Node container) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent == container) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scrolls so that a question jumped to starts near the top, with its follow-ups in view below; a question seen
     * whole from the top of the page leaves the page at its top, with the section's title and progress.
     */
    private void scrollToTop(Node card) {
        placeOnPage(card).ifPresent(place -> {
            Bounds bounds = place.bounds();
            scroll.setVvalue(place.vvalueFor(bounds.getMaxY() <= place.viewHeight() ? 0 : bounds.getMinY() - 16));
        });
    }

    /** Scrolls as little as needed for a focused node to be in view, with a margin around it. */
    private void ensureVisible(Node node) {
        placeOnPage(node).ifPresent(place -> {
            Bounds bounds = place.bounds();
            double margin = 48;
            double top = scroll.getVvalue() * place.scrollRange();
            if (bounds.getMinY() - margin < top) {
                scroll.setVvalue(place.vvalueFor(bounds.getMinY() - margin));
            } else if (bounds.getMaxY() + margin > top + place.viewHeight()) {
                scroll.setVvalue(place.vvalueFor(Math.min(bounds.getMinY() - margin, bounds.getMaxY() + margin - place.viewHeight())));
            }
        });
    }

    /** Where a node of the page shown is, the window laid out first; empty when it is not on it or the page needs no scrolling. */
    private Optional<PagePlace> placeOnPage(Node node) {
        Node content = scroll.getContent();
        if (content == null || !isInside(node, content)) {
            return Optional.empty();
        }
        layOutWindow();
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double pageHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        return pageHeight > viewHeight ? Optional.of(new PagePlace(bounds, pageHeight, viewHeight)) : Optional.empty();
    }

    /** A node's bounds on the page shown, the page's height and the view's. */
    private record PagePlace(Bounds bounds, double pageHeight, double viewHeight) {
        double scrollRange() {
            return pageHeight - viewHeight;
        }

        /** The scroll pane's value that shows the page from {@code top} down. */
        double vvalueFor(double top) {
            return Math.max(0, Math.min(1, top / scrollRange()));
        }
    }

    /** Lays out the whole window, not only the form: a form just put in it has not been given its size yet. */
    private void layOutWindow() {
        Parent root = getScene() == null ? this : getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    /** A section in the navigator: its title and a bar of its progress. */
    private static final class SectionCell extends ListCell<SectionViewModel> {
        private static final PseudoClass COMPLETE = PseudoClass.getPseudoClass("complete");
        private final Label title = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final Label count = new Label();
        private final VBox box;
        private final ChangeListener<Boolean> completeListener = (obs, old, complete) ->
                pseudoClassStateChanged(COMPLETE, complete);
        private SectionViewModel shown;

        SectionCell() {
            title.setWrapText(true);
            title.getStyleClass().add("section-cell-title");
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            count.getStyleClass().add("section-cell-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox progress = new HBox(bar, count);
            progress.getStyleClass().add("section-cell-progress");
            box = new VBox(title, progress);
            box.getStyleClass().add("section-cell");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SectionViewModel section, boolean empty) {
            super.updateItem(section, empty);
            if (shown != null) {
                shown.completeProperty().removeListener(completeListener);
                shown = null;
            }
            title.textProperty().unbind();
            bar.progressProperty().unbind();
            count.textProperty().unbind();
            if (empty || section == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            title.setText(section.title());
            bar.progressProperty().bind(section.progressProperty());
            count.textProperty().bind(section.progressTextProperty());
            shown = section;
            section.completeProperty().addListener(completeListener);
            pseudoClassStateChanged(COMPLETE, section.completeProperty().get());
            setGraphic(box);
            setAccessibleText(section.title());
        }
    }
}
