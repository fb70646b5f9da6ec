package org.studiebro.notification.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.Language;
import org.studiebro.events.NoticeKind;
import org.studiebro.notification.TestEvents;

class MunicipalityMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");

    private final MunicipalityMessages messages = new MunicipalityMessages();

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void everyKindRendersInSwedishAndNorwegian(NoticeKind kind) {
        for (String municipality : List.of("se-1481", "no-4601")) {
            RenderedMessage message = messages.render(event(municipality, Language.EN), kind);

            assertThat(message.subject()).doesNotContainPattern(PLACEHOLDER).contains("app-7");
            assertThat(message.body()).doesNotContainPattern(PLACEHOLDER).contains("Åsa Öberg", "goteborg-vux");
        }
    }

    @Test
    void aSwedishMunicipalityReadsSwedishWhateverTheLearnersLanguage() {
        RenderedMessage message = messages.render(event("se-1481", Language.NN), NoticeKind.DECISION);

        assertThat(message.language()).isEqualTo(Language.SV);
        assertThat(message.languageTag()).isEqualTo("sv");
        assertThat(message.subject())
                .isEqualTo("Studiebro: Beslut i en ansökan från en invånare i er kommun (ansökan app-7)");
        assertThat(message.body()).contains(
                "Invånare: Åsa Öberg (19811218-****)",
                "Val 1: Vård- och omsorgsarbete 1 (gbg-vard-2027v-01), utbildningsanordnare goteborg-vux: antagen",
                "Kostnadsbeslut: automatiskt enligt samverkansavtal",
                "Beslut av: utbildningsanordnaren (goteborg-vux)");
    }

    @Test
    void aNorwegianMunicipalityReadsBokmal() {
        RenderedMessage message = messages.render(event("no-4601", Language.SV), NoticeKind.DECISION);

        assertThat(message.language()).isEqualTo(Language.NB);
        assertThat(message.subject())
                .isEqualTo("Studiebro: Vedtak i en søknad fra en innbygger i kommunen (søknad app-7)");
        assertThat(message.body()).contains("Innbygger: Åsa Öberg (19811218-****)", "tatt opp", "Søknadens status");
    }

    @Test
    void theIdentityNumberIsMaskedInTheText() {
        RenderedMessage message = messages.render(event("se-1481", Language.SV), NoticeKind.APPLICATION_RECEIVED);

        assertThat(message.body()).doesNotContain(TestEvents.NATIONAL_ID).doesNotContain("9876");
    }

    @Test
    void aDigestListsEachNoticeWithoutIdentityNumbers() {
        ApplicationStatusChanged event = event("se-1481", Language.SV);
        org.studiebro.events.MunicipalityNotice notice = org.studiebro.events.MunicipalityNotice.newBuilder()
                .setMetadata(event.getMetadata()).setApplicationId("app-7").setMunicipality("se-1481")
                .setKind(NoticeKind.DECISION).setApplicant(event.getApplicant()).setStatus(event.getStatus())
                .setCourseEventId("gbg-vard-2027v-01").setText("text").build();

        RenderedMessage digest = messages.renderDigest("se-1481", java.time.Instant.parse("2026-12-01T09:00:00Z"),
                java.time.Instant.parse("2026-12-01T10:00:00Z"), List.of(notice));

        assertThat(digest.subject()).isEqualTo(
                "Studiebro: 1 meddelanden om invånares ansökningar, 2026-12-01 09:00–2026-12-01 10:00");
        assertThat(digest.body()).doesNotContainPattern(PLACEHOLDER)
                .contains("Ansökan app-7: beslut, kurstillfälle gbg-vard-2027v-01")
                .doesNotContain(TestEvents.NATIONAL_ID, "19811218", "Åsa");
    }

    @Test
    void aCostCommitmentSaysWhetherItFollowsFromTheAgreementOrTheMunicipalitysApproval() {
        ApplicationStatusChanged automatic = seatRequested(CostDecisionState.AUTOMATIC);
        ApplicationStatusChanged approved = seatRequested(CostDecisionState.APPROVED);

        assertThat(messages.render(automatic, NoticeKind.COST_COMMITMENT).subject())
                .contains("Kostnadsåtagande enligt samverkansavtal");
        assertThat(messages.render(approved, NoticeKind.COST_COMMITMENT).subject())
                .contains("Kostnadsåtagande enligt ert beslut");
    }

    private static ApplicationStatusChanged seatRequested(CostDecisionState costDecision) {
        return TestEvents.admitted("app-7", TestEvents.applicant(Language.SV, "asa@example.test", "se-1481"))
                .setChoices(List.of(TestEvents.choice(1, ChoiceState.SEAT_REQUESTED, costDecision)))
                .setChange(TestEvents.change(1, Authority.HOME_MUNICIPALITY, "se-1481", "COST_APPROVED", "Beviljat."))
                .build();
    }

    private static ApplicationStatusChanged event(String municipality, Language learnerLanguage) {
        return TestEvents.admitted("app-7", TestEvents.applicant(learnerLanguage, "asa@example.test", municipality))
                .build();
    }
}
