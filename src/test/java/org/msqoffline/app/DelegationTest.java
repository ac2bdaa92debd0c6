package org.msqoffline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msqoffline.exchange.InvalidSubmissionException;
import org.msqoffline.json.Json;
import org.msqoffline.response.AnswerValue;
import org.msqoffline.response.ResponseInfo;
import org.msqoffline.store.DataFolder;
import tools.jackson.databind.node.ObjectNode;

/** A coordinator and a ministry, each with their own data folder, exchanging a delegation file. */
class DelegationTest {
    @TempDir
    Path coordinatorFolder;

    @TempDir
    Path ministryFolder;

    private DataFolder coordinatorData;
    private DataFolder ministryData;
    private Responses coordinator;
    private Responses ministry;

    @BeforeEach
    void open() {
        coordinatorData = DataFolder.open(coordinatorFolder, DataFolder.Access.WRITE);
        ministryData = DataFolder.open(ministryFolder, DataFolder.Access.WRITE);
        coordinator = new Responses(coordinatorData);
        ministry = new Responses(ministryData);
    }

    @AfterEach
    void close() {
        coordinatorData.close();
        ministryData.close();
    }

    @Test
    void aDelegatedSectionOpensAsAResponseLimitedToItsItems() throws Exception {
        ResponseInfo original = coordinator.importSample("Shahin Aliyev");
        Delegations.Issued issued = new Delegations(coordinatorData, coordinator)
                .delegate(original, List.of(), List.of("C"), "Ministry of Justice", "Shahin Aliyev");
        assertThat(issued.delegation().itemIds()).hasSize(22).startsWith("c-foi-law", "c-foi-law-details");

        ResponseInfo part = new Delegations(ministryData, ministry).importDelegation(issued.file(), "Leyla Mammadova");
        assertThat(part.countryIso3()).isEqualTo("AZE");
        assertThat(ministry.answer(part, "c-foi-law-details")).isEqualTo(coordinator.answer(original, "c-foi-law-details"));
        assertThat(ministry.answer(part, "contact-name")).as("items outside the delegation are not handed over").isEmpty();
        assertThat(ministry.questionnaireOf(part).sha256()).isEqualTo(coordinator.questionnaireOf(original).sha256());

        var details = ministry.item(part, "c-foi-law-details");
        assertThat(ministry.setAnswer(part, details, new AnswerValue.Text("Law No. 505-Q, amended 2023"), "Leyla Mammadova")).isTrue();
        var name = ministry.item(part, "contact-name");
        assertThat(ministry.isEditable(part, name)).isFalse();
        assertThatThrownBy(() -> ministry.setAnswer(part, name, new AnswerValue.Text("Someone"), "Leyla Mammadova"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("was not delegated to you");
    }

    @Test
    void aDelegatedQuestionBringsItsFollowUpsAndTheirContext() throws Exception {
        ResponseInfo original = coordinator.importSample("Shahin Aliyev");
        Delegations.Issued issued = new Delegations(coordinatorData, coordinator)
                .delegate(original, List.of("c-foi-law-details", "a-cio-exists"), List.of(), "Ministry of Justice", "Shahin Aliyev");
        assertThat(issued.delegation().itemIds()).containsExactly("a-cio-exists", "a-cio-name", "a-cio-title", "a-cio-organization",
                "a-cio-email", "c-foi-law-details");
        ObjectNode file = (ObjectNode) Json.read(issued.file());
        assertThat(file.get("answers").has("c-foi-law")).as("the question a follow-up depends on travels as context").isTrue();
        ResponseInfo part = new Delegations(ministryData, ministry).importDelegation(issued.file(), "Leyla");
        assertThat(ministry.check(part).isShown("c-foi-law-details")).isTrue();
        assertThat(ministry.isEditable(part, ministry.item(part, "c-foi-law"))).isFalse();
    }

    @Test
    void aBrokenDelegationFileIsRefusedAndWritesNothing() throws Exception {
        ResponseInfo original = coordinator.importSample("Shahin Aliyev");
        ObjectNode file = (ObjectNode) Json.read(new Delegations(coordinatorData, coordinator)
                .delegate(original, List.of(), List.of("C"), "Ministry of Justice", "Shahin Aliyev").file());
        ((ObjectNode) file.get("answers")).put("c-foi-law", "perhaps");
        Delegations ministryDelegations = new Delegations(ministryData, ministry);
        assertThatThrownBy(() -> ministryDelegations.importDelegation(Json.pretty(file), "Leyla"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("has no option \"perhaps\"");
        assertThat(ministry.list()).isEmpty();
    }

    @Test
    void unknownSectionsAndItemsAreRefused() {
        ResponseInfo original = coordinator.importSample("Shahin Aliyev");
        Delegations delegations = new Delegations(coordinatorData, coordinator);
        assertThatThrownBy(() -> delegations.delegate(original, List.of(), List.of("Z"), "Finance", "Shahin"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("no section \"Z\"");
        assertThatThrownBy(() -> delegations.delegate(original, List.of("nothing"), List.of(), "Finance", "Shahin"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("no item \"nothing\"");
        assertThatThrownBy(() -> delegations.delegate(original, List.of(), List.of(), "Finance", "Shahin"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("choose the items");
    }
}
