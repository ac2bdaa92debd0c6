package org.msqoffline.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.app.DesktopState;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Questionnaire;
import org.msqoffline.questionnaire.QuestionnaireLoader;
import org.msqoffline.response.Answers;
import org.msqoffline.ui.ViewModelFixture;
import org.msqoffline.ui.common.SaveStatus;
import org.msqoffline.ui.review.ReviewViewModel;
import org.msqoffline.ui.search.SearchViewModel;

/** A definition that carries French and Arabic texts: the form shows them, and English where one is missing. */
class TranslatedDefinitionTest {
    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private Questionnaire questionnaire;

    @BeforeEach
    void load() throws Exception {
        fixture = new ViewModelFixture(folder);
        try (InputStream in = TranslatedDefinitionTest.class.getResourceAsStream("/org/msqoffline/questionnaire/translated-definition.json")) {
            questionnaire = new QuestionnaireLoader().load(in.readAllBytes());
        }
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private FormViewModel form(Locale locale) {
        Messages messages = Messages.forLocale(locale);
        return new FormViewModel(fixture.responses, fixture.response, questionnaire, Answers.none(), () -> "Tester",
                fixture.tasks, new SaveStatus(messages, Clock.systemUTC()), new DesktopState(fixture.data), messages);
    }

    @Test
    void frenchTextsAreShownWithEnglishWhereNoTranslationExists() {
        FormViewModel form = form(Locale.FRENCH);
        SectionViewModel institutions = form.sections().get(0);
        assertThat(institutions.title()).isEqualTo("A. Cadre institutionnel");
        assertThat(institutions.note()).hasValue("Répondez pour l’administration centrale.");
        ItemViewModel strategy = form.item("strategy").orElseThrow();
        assertThat(strategy.text()).isEqualTo("Existe-t-il une stratégie nationale d’administration numérique ?");
        assertThat(strategy.item().options()).extracting(strategy::optionLabel).containsExactly("Oui", "Non", "Other");
        // No French note: the English one.
        assertThat(strategy.note()).hasValue("Include strategies adopted in the last five years.");
        assertThat(form.item("strategy-link").orElseThrow().heading()).hasValue("Si oui :");
        assertThat(form.item("cio").orElseThrow().text()).isEqualTo("Name of the Chief Information Officer");
        assertThat(form.sections().get(1).title()).isEqualTo("Online services");
    }

    @Test
    void arabicTextsAreShownWithEnglishWhereNoTranslationExists() {
        FormViewModel form = form(Locale.forLanguageTag("ar"));
        assertThat(form.sections().get(0).title()).isEqualTo("A. الإطار المؤسسي");
        assertThat(form.sections().get(0).note()).hasValue("Answer for the central government.");
        ItemViewModel strategy = form.item("strategy").orElseThrow();
        assertThat(strategy.text()).isEqualTo("هل توجد استراتيجية وطنية للحكومة الرقمية؟");
        assertThat(strategy.note()).hasValue("أدرج الاستراتيجيات المعتمدة في السنوات الخمس الأخيرة.");
        assertThat(form.item("strategy-link").orElseThrow().heading()).hasValue("If yes:");
        ItemViewModel services = form.item("services-list").orElseThrow();
        assertThat(services.text()).isEqualTo("Which services are online?");
        assertThat(services.item().options()).extracting(services::optionLabel).containsExactly("الضرائب", "Identity");
    }

    @Test
    void chineseFallsBackToEnglishEverywhere() {
        FormViewModel form = form(Locale.SIMPLIFIED_CHINESE);
        assertThat(form.item("strategy").orElseThrow().text()).isEqualTo("Is there a national digital government strategy?");
        assertThat(form.sections().get(0).title()).isEqualTo("A. Institutional framework");
    }

    @Test
    void reviewAndSearchUseTheTranslatedTextsToo() {
        FormViewModel form = form(Locale.FRENCH);
        ReviewViewModel review = new ReviewViewModel(form, id -> { });
        assertThat(review.groups()).flatExtracting(ReviewViewModel.Group::entries).extracting(ReviewViewModel.Entry::question)
                .contains("Existe-t-il une stratégie nationale d’administration numérique ?", "Name of the Chief Information Officer");
        assertThat(review.groups()).extracting(ReviewViewModel.Group::sectionTitle).contains("A. Cadre institutionnel");
        SearchViewModel search = new SearchViewModel(form, id -> { });
        search.queryProperty().set("stratégie");
        assertThat(search.hits()).extracting(SearchViewModel.Hit::itemId).containsExactly("strategy");
        assertThat(form.title()).contains("Kenya");
        assertThat(form(Locale.forLanguageTag("ar")).title()).contains("كينيا");
    }
}
