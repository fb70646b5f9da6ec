package org.studiebro.notification.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.Language;
import org.studiebro.notification.TestEvents;

class LearnerMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");
    private static final String LINK = "https://studiebro.test/api/v1/applications/app-1";

    private final LearnerMessages messages = new LearnerMessages();

    @ParameterizedTest
    @EnumSource(Language.class)
    void rendersEveryChoiceStateInEveryLanguage(Language language) {
        for (ChoiceState state : ChoiceState.values()) {
            ApplicationStatusChanged event = event(language, "se-1481", state);

            RenderedMessage message = messages.render(event, LINK);

            assertThat(message.language()).isEqualTo(language);
            assertThat(message.languageTag()).isEqualTo(language.name().toLowerCase());
            assertThat(message.subject()).doesNotContainPattern(PLACEHOLDER).contains(TestEvents.COURSE_NAME);
            assertThat(message.body())
                    .doesNotContainPattern(PLACEHOLDER)
                    .contains("Åsa", "app-1", LINK, "goteborg-vux", "Platser fanns för alla behöriga sökande.")
                    .contains("1. " + TestEvents.COURSE_NAME, "2. Svenska som andraspråk 2");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void rendersEveryApplicationStateInEveryLanguage(Language language) {
        for (ApplicationState state : ApplicationState.values()) {
            ApplicationStatusChanged event = TestEvents.received("app-1", TestEvents.applicant(language,
                    "asa@example.test", "se-1481")).setStatus(state).build();

            RenderedMessage message = messages.render(event, LINK);

            assertThat(message.subject()).doesNotContainPattern(PLACEHOLDER);
            assertThat(message.body()).doesNotContainPattern(PLACEHOLDER).contains("routing-service", LINK);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "SV, 'Din ansökan till Vård- och omsorgsarbete 1: antagen', 'Hej Åsa!'",
            "NB, 'Søknaden din til Vård- och omsorgsarbete 1: tatt opp', 'Hei Åsa!'",
            "NN, 'Søknaden din til Vård- och omsorgsarbete 1: teken opp', 'Hei Åsa!'",
            "EN, 'Your application for Vård- och omsorgsarbete 1: admitted', 'Hello Åsa,'"})
    void admittedSubjectAndGreetingInTheLearnersLanguage(Language language, String subject, String greeting) {
        RenderedMessage message = messages.render(event(language, "se-1481", ChoiceState.ADMITTED), LINK);

        assertThat(message.subject()).isEqualTo(subject);
        assertThat(message.body()).startsWith(greeting + "\n");
    }

    @ParameterizedTest
    @CsvSource({
            "SV, 'reserv, plats 3'",
            "NB, 'på venteliste, plass 3'",
            "NN, 'på venteliste, plass 3'",
            "EN, 'reserve, position 3'"})
    void reserveCarriesItsPosition(Language language, String words) {
        RenderedMessage message = messages.render(event(language, "se-1481", ChoiceState.RESERVE), LINK);

        assertThat(message.subject()).endsWith(": " + words);
        assertThat(message.body()).contains("1. " + TestEvents.COURSE_NAME + ": " + words);
    }

    @ParameterizedTest
    @CsvSource({
            "SV, hemkommunen har avslagit kostnaden, Skolväsendets överklagandenämnd, tre veckor",
            "NB, hjemkommunen har avslått å dekke kostnaden, Skolväsendets överklagandenämnd, tre uker",
            "NN, heimkommunen har avslått å dekkje kostnaden, Skolväsendets överklagandenämnd, tre veker",
            "EN, cost refused by your home municipality, Skolväsendets överklagandenämnd, three weeks"})
    void costRefusalTellsHowToAppeal(Language language, String refused, String appealBody, String deadline) {
        ApplicationStatusChanged event = event(language, "se-1481", ChoiceState.COST_REFUSED);
        event.setChange(TestEvents.change(1, Authority.HOME_MUNICIPALITY, "se-1481", "COST_REFUSED",
                "Utbildningen finns i hemkommunen."));

        RenderedMessage message = messages.render(event, LINK);

        assertThat(message.subject()).endsWith(": " + refused);
        assertThat(message.body()).contains(appealBody, deadline, "Utbildningen finns i hemkommunen.");
    }

    @Test
    void aNorwegianHomeMunicipalitysRefusalIsAppealedToTheStatsforvalteren() {
        RenderedMessage message = messages.render(event(Language.NB, "no-4601", ChoiceState.COST_REFUSED), LINK);

        assertThat(message.body()).contains("Statsforvalteren").doesNotContain("Skolväsendets överklagandenämnd");
    }

    @ParameterizedTest
    @EnumSource(value = ChoiceState.class, names = "COST_REFUSED", mode = EnumSource.Mode.EXCLUDE)
    void noAppealTextWithoutACostRefusal(ChoiceState state) {
        RenderedMessage message = messages.render(event(Language.SV, "se-1481", state), LINK);

        assertThat(message.body()).doesNotContain("överklaga");
    }

    @Test
    void valuesAreInsertedAsTheyAreEvenWithBraces() {
        ApplicationStatusChanged event = event(Language.EN, "se-1481", ChoiceState.ADMITTED);
        event.getChoices().get(0).setCourseName("Course {givenName} $1");

        RenderedMessage message = messages.render(event, LINK);

        assertThat(message.subject()).isEqualTo("Your application for Course {givenName} $1: admitted");
    }

    @Test
    void anUnknownCourseIsNamedByItsCourseEventId() {
        ApplicationStatusChanged event = event(Language.SV, "se-1481", ChoiceState.UNKNOWN_COURSE);
        ChoiceStatus choice = event.getChoices().get(0);
        choice.setCourseName(null);
        choice.setCourseCode(null);

        RenderedMessage message = messages.render(event, LINK);

        assertThat(message.subject()).isEqualTo("Din ansökan till gbg-vard-2027v-01: okänd kurs");
    }

    private static ApplicationStatusChanged event(Language language, String homeMunicipality, ChoiceState state) {
        return TestEvents.admitted("app-1", TestEvents.applicant(language, "asa@example.test", homeMunicipality))
                .setChoices(List.of(
                        TestEvents.choice(1, state, CostDecisionState.AUTOMATIC),
                        TestEvents.choice(2, ChoiceState.SEAT_REQUESTED, CostDecisionState.AUTOMATIC)))
                .build();
    }
}
