package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.events.NoticeKind;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequested;
import org.studiebro.infrastructure.ReceivedMail;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * Learners whose home municipality is in no agreement that covers the course: the home municipality decides the
 * cost first (the reference municipality by its default rules), and only an approval sends the seat request.
 */
@ExtendWith({WithSharedPlatform.class, WithSharedInfrastructure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeMunicipalityDecidesIT {

    // Uppsala is in no Stockholm area; it runs Svenska 1 itself, so the reference municipality refuses SVESVE01.
    private static final String UPPSALA = "se-0380";
    private static final String STOCKHOLM_VUX = "stockholm-vux";
    // Askøy and Bergen share Vestland's area, whose agreement leaves the cost to the home municipality.
    private static final String ASKOY = "no-4627";

    private final SharedPlatform platform;
    private final PlatformHttp http;
    private final TopicRecords topics;

    @RegisterExtension
    final ServiceLogsOnFailure serviceLogs;

    HomeMunicipalityDecidesIT(SharedPlatform platform) {
        this.platform = platform;
        this.http = platform.http();
        this.topics = platform.topics();
        this.serviceLogs = new ServiceLogsOnFailure(platform::services);
    }

    @Test
    void uppsalaApprovesTheCostOfAStockholmCourseThenStockholmAdmits() {
        Learner learner = Learner.of(IdentityNumbers.personnummer(LocalDate.of(1990, 4, 12), 123), "Erik",
                "Nilsson", "sv", UPPSALA);
        URI application = http.submit(UUID.randomUUID().toString(),
                learner.applicationFor("sthlm-elektriker-2027v-01"));
        String applicationId = PlatformHttp.lastSegment(application);

        CostRequestEvent costRequest = topics.awaitRecord(Topics.costRequests(UPPSALA), applicationId,
                CostRequestEvent.class, request -> request.getChange() instanceof CostDecisionRequested);
        assertThat(costRequest.getCourseEventId()).isEqualTo("sthlm-elektriker-2027v-01");
        assertThat(((CostDecisionRequested) costRequest.getChange()).getCourseCode()).isEqualTo("YP-ELEKTRIKER");
        CostDecided costDecision = topics.awaitRecord(Topics.costDecisions(UPPSALA), applicationId,
                CostDecided.class, decided -> true);
        assertThat(costDecision.getOutcome()).isEqualTo(CostOutcome.APPROVED);
        SeatRequestEvent seatRequest = topics.awaitRecord(Topics.seatRequests(STOCKHOLM_VUX), applicationId,
                SeatRequestEvent.class, request -> request.getChange() instanceof SeatRequested);
        assertThat(((SeatRequested) seatRequest.getChange()).getCostDecision()).isEqualTo(CostDecisionState.APPROVED);

        JsonNode status = platform.awaitStatus(application, "sv", "application admitted",
                current -> assertThat(current.path("status").asText()).isEqualTo("ADMITTED"));
        JsonNode choice = StatusJson.choice(status, 1);
        assertThat(choice.path("state").asText()).isEqualTo("ADMITTED");
        assertThat(choice.path("costDecision").asText()).isEqualTo("APPROVED");
        assertThat(StatusJson.authorities(status)).containsSubsequence("HOME_MUNICIPALITY", "SEAT_OWNER");

        MunicipalityNotice commitment = MunicipalityNotices.awaitNotice(UPPSALA, applicationId,
                notice -> notice.getKind() == NoticeKind.COST_COMMITMENT, platform.infrastructure());
        assertThat(commitment.getCostDecision()).isEqualTo(CostDecisionState.APPROVED);
        assertThat(commitment.getSeatOwner()).isEqualTo(STOCKHOLM_VUX);
    }

    @Test
    void uppsalaRefusesACourseItRunsItselfAndTheLearnerIsToldHowToAppeal() {
        Learner learner = Learner.of(IdentityNumbers.personnummer(LocalDate.of(1977, 9, 30), 456), "Sara",
                "Berg", "sv", UPPSALA);
        URI application = http.submit(UUID.randomUUID().toString(), learner.applicationFor("sthlm-svenska-2027v-01"));
        String applicationId = PlatformHttp.lastSegment(application);

        CostDecided costDecision = topics.awaitRecord(Topics.costDecisions(UPPSALA), applicationId,
                CostDecided.class, decided -> true);
        assertThat(costDecision.getOutcome()).isEqualTo(CostOutcome.REFUSED);
        assertThat(costDecision.getReasonCode()).isEqualTo("COURSE_OFFERED_AT_HOME");

        JsonNode status = platform.awaitStatus(application, "sv", "application not admitted",
                current -> assertThat(current.path("status").asText()).isEqualTo("NOT_ADMITTED"));
        assertThat(status.path("textLanguage").asText()).isEqualTo("sv");
        JsonNode choice = StatusJson.choice(status, 1);
        assertThat(choice.path("state").asText()).isEqualTo("COST_REFUSED");
        assertThat(choice.path("costDecision").asText()).isEqualTo("REFUSED");
        assertThat(choice.path("authority").asText()).isEqualTo("HOME_MUNICIPALITY");
        assertThat(choice.path("appeal").path("body").asText()).isEqualTo("Skolväsendets överklagandenämnd");
        assertThat(choice.path("appeal").path("text").asText()).contains("Uppsala");
        assertThat(StatusJson.lastChange(status).path("reasonCode").asText()).isEqualTo("COST_REFUSED");

        ReceivedMail mail = platform.awaitMailTo(learner.email(), "Skolväsendets överklagandenämnd");
        assertThat(mail.contentLanguage()).isEqualTo("sv");

        // Only an approval sends the seat request; the refusal was the application's last word.
        assertThat(topics.recordsAbout(Topics.seatRequests(STOCKHOLM_VUX), applicationId)).isEmpty();
    }

    @Test
    void askoyApprovesABergenCourseAndTheLearnerReadsNynorsk() {
        Learner learner = Learner.of(IdentityNumbers.fodselsnummer(LocalDate.of(1979, 7, 2), 245), "Solveig",
                "Haugland", "nn", ASKOY);
        URI application = http.submit(UUID.randomUUID().toString(), learner.applicationFor("bergen-helse-2027v-01"));
        String applicationId = PlatformHttp.lastSegment(application);

        CostRequestEvent costRequest = topics.awaitRecord(Topics.costRequests(ASKOY), applicationId,
                CostRequestEvent.class, request -> request.getChange() instanceof CostDecisionRequested);
        CostDecisionRequested requested = (CostDecisionRequested) costRequest.getChange();
        assertThat(requested.getPrincipalMunicipality()).isEqualTo("no-4601");
        assertThat(requested.getSeatOwner()).isEqualTo("bergen-vo");
        assertThat(topics.awaitRecord(Topics.costDecisions(ASKOY), applicationId, CostDecided.class,
                decided -> true).getOutcome()).isEqualTo(CostOutcome.APPROVED);

        JsonNode status = platform.awaitStatus(application, "nn", "application admitted",
                current -> assertThat(current.path("status").asText()).isEqualTo("ADMITTED"));
        assertThat(status.path("textLanguage").asText()).isEqualTo("nn");
        assertThat(status.path("text").asText()).isEqualTo("Du er teken opp på eitt av kursa du har søkt på.");
        JsonNode choice = StatusJson.choice(status, 1);
        assertThat(choice.path("costDecision").asText()).isEqualTo("APPROVED");
        assertThat(choice.path("costDecisionText").asText())
                .isEqualTo("Heimkommunen din har vedteke å betale for kurset.");
        assertThat(choice.path("authorityText").asText()).isEqualTo("Kursarrangøren bergen-vo");
        assertThat(StatusJson.authorities(status)).containsSubsequence("HOME_MUNICIPALITY", "SEAT_OWNER");

        ReceivedMail mail = platform.awaitMailTo(learner.email(), "teken opp");
        assertThat(mail.contentLanguage()).isEqualTo("nn");
    }
}
