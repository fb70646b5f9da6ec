package org.studiebro.applications.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.studiebro.applications.reference.KnownMunicipalities;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.applications.support.TestEvents;
import org.studiebro.plumbing.viewstore.ViewStore;
import org.studiebro.plumbing.viewstore.ViewStoreProperties;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.Language;
import org.studiebro.events.StatusChange;

class StatusInWordsTest {

    private final ViewStore store = new ViewStore(new ViewStoreProperties(null));
    private final ApplicationStatusView view = new ApplicationStatusView(new CatchUpTracker(), store);
    private final StatusInWords words;

    StatusInWordsTest() {
        KnownMunicipalities municipalities = new KnownMunicipalities(new CatchUpTracker());
        municipalities.register("se-0380", "Uppsala");
        municipalities.register("se-1481", "Mölndal");
        municipalities.register("no-4601", "Bergen");
        words = new StatusInWords(new StatusMessages(), municipalities);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aReceivedApplicationIsExplainedWithoutDecisions() {
        view.apply(TestEvents.submitted("app-1", "gbg-vard-2027v-01"), null);

        ApplicationStatus status = inWords("app-1", Language.SV);

        assertThat(status.textLanguage()).isEqualTo("sv");
        assertThat(status.text()).isEqualTo("Ansökan har kommit in och skickas snart vidare.");
        assertThat(status.choices()).singleElement().satisfies(choice -> {
            assertThat(choice.text()).isEqualTo("Valet har kommit in och skickas snart vidare.");
            assertThat(choice.costDecisionText()).isNull();
            assertThat(choice.authorityText()).isNull();
            assertThat(choice.appeal()).isNull();
        });
    }

    @Test
    void eachChangeSaysWhatHappenedAndWhoDecidedInTheLearnersLanguage() {
        view.apply(TestEvents.awaitingSeatOwner("app-1", 1, "gbg-vard-2027v-01"), null);
        view.apply(TestEvents.admitted("app-1", 2, "gbg-vard-2027v-01"), null);

        ApplicationStatus swedish = inWords("app-1", Language.SV);
        ApplicationStatus english = inWords("app-1", Language.EN);

        assertThat(swedish.history()).extracting(ApplicationStatus.Change::authorityText)
                .containsExactly("Studiebro", "Kursanordnaren goteborg-vux");
        assertThat(swedish.history().get(1).text()).isEqualTo("Kursanordnaren beslutade om antagning.");
        assertThat(english.history().get(1).text()).isEqualTo("The course provider decided on admission.");
        ApplicationStatus.Choice admitted = swedish.choices().getFirst();
        assertThat(admitted.text()).isEqualTo("Du är antagen.");
        assertThat(admitted.authorityText()).isEqualTo("Kursanordnaren goteborg-vux");
        assertThat(admitted.costDecisionText()).startsWith("Ett samverkansavtal");
        assertThat(english.text()).isEqualTo("You have been admitted to one of the courses you applied for.");
    }

    @Test
    void aRefusedCostNamesTheHomeMunicipalityAndHowToAppealInSweden() {
        view.apply(TestEvents.costRefused("app-se", 1, "sthlm-vard-2027v-01",
                TestEvents.applicant("se-0380", Language.SV)), null);

        ApplicationStatus status = inWords("app-se", Language.SV);

        ApplicationStatus.Choice refused = status.choices().getFirst();
        assertThat(refused.authorityText()).isEqualTo("Hemkommunen Uppsala");
        assertThat(refused.costDecisionText()).isEqualTo("Din hemkommun har beslutat att inte betala för kursen.");
        assertThat(refused.appeal().body()).isEqualTo("Skolväsendets överklagandenämnd");
        assertThat(refused.appeal().deadline()).isEqualTo("tre veckor från den dag du fick del av beslutet");
        assertThat(refused.appeal().text()).contains("Skicka överklagandet till din hemkommun (Uppsala)");
        assertThat(status.history().getFirst().text())
                .isEqualTo("Din hemkommun beslutade att inte betala för kursen, eftersom hemkommunen själv erbjuder"
                        + " utbildningen.");
    }

    @Test
    void aRefusedCostInNorwayIsAppealedToStatsforvalterenThroughTheMunicipality() {
        view.apply(TestEvents.costRefused("app-no", 1, "bergen-helse-2027v-01",
                TestEvents.applicant("no-4601", Language.NN)), null);

        ApplicationStatus nynorsk = inWords("app-no", Language.NN);
        ApplicationStatus bokmal = inWords("app-no", Language.NB);
        ApplicationStatus english = inWords("app-no", Language.EN);

        assertThat(nynorsk.choices().getFirst().authorityText()).isEqualTo("Heimkommunen Bergen");
        assertThat(nynorsk.choices().getFirst().appeal().body()).isEqualTo("Statsforvaltaren");
        assertThat(nynorsk.choices().getFirst().appeal().text())
                .contains("Send klaga til heimkommunen din (Bergen) innan tre veker");
        assertThat(bokmal.choices().getFirst().appeal().text())
                .contains("Send klagen til hjemkommunen din (Bergen) innen tre uker");
        assertThat(english.choices().getFirst().appeal().deadline())
                .isEqualTo("three weeks from the day you were notified of the decision");
    }

    @Test
    void onlyARefusedCostHasAnAppeal() {
        view.apply(TestEvents.admitted("app-1", 1, "gbg-vard-2027v-01"), null);

        assertThat(inWords("app-1", Language.SV).choices().getFirst().appeal()).isNull();
    }

    @Test
    void theLearnersOwnWithdrawalIsTheirs() {
        view.apply(TestEvents.withdrawn("app-1", 1, "gbg-vard-2027v-01"), null);

        ApplicationStatus status = inWords("app-1", Language.NB);

        assertThat(status.text()).isEqualTo("Søknaden er trukket tilbake.");
        assertThat(status.history().getFirst().authorityText()).isEqualTo("Du");
        assertThat(status.history().getFirst().text()).isEqualTo("Du trakk søknaden tilbake.");
        assertThat(status.choices().getFirst().text()).isEqualTo("Valget er trukket tilbake og blir ikke lenger behandlet.");
    }

    @Test
    void aReasonCodeWithoutATextOfItsOwnGetsAGeneralTextNotTheCode() {
        ApplicationStatusChanged changed = TestEvents.admitted("app-1", 1, "gbg-vard-2027v-01");
        changed.setChange(new StatusChange(1, changed.getChange().getAuthority(), "goteborg-vux/antagning",
                "SOMETHING_NEW", "Ny regel"));
        view.apply(changed, null);

        ApplicationStatus.Change change = inWords("app-1", Language.SV).history().getFirst();

        assertThat(change.text()).isEqualTo("Ditt val 1 ändrades.");
        assertThat(change.reasonCode()).isEqualTo("SOMETHING_NEW");
        assertThat(change.authorityText()).isEqualTo("Kursanordnaren goteborg-vux");
    }

    @Test
    void aReserveIsToldItsPosition() {
        ApplicationStatusChanged changed = TestEvents.admitted("app-1", 1, "gbg-vard-2027v-01");
        changed.getChoices().getFirst().setState(ChoiceState.RESERVE);
        changed.getChoices().getFirst().setReservePosition(4);
        view.apply(changed, null);

        assertThat(inWords("app-1", Language.EN).choices().getFirst().text())
                .isEqualTo("You are number 4 on the reserve list. If a place becomes free, you may be admitted.");
    }

    private ApplicationStatus inWords(String applicationId, Language language) {
        return words.inWords(view.find(applicationId).orElseThrow(), language);
    }
}
