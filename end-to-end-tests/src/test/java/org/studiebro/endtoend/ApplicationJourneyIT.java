package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.events.NoticeKind;
import org.studiebro.infrastructure.ReceivedMail;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * The whole platform, as a learner and a municipality meet it: the five services' executable jars run as processes
 * against a real broker, registry and SMTP server; the test submits over HTTP and looks where people would look.
 * These journeys need no cost decision of the home municipality.
 */
@ExtendWith({WithSharedPlatform.class, WithSharedInfrastructure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationJourneyIT {

    private final SharedPlatform platform;
    private final PlatformHttp http;

    @RegisterExtension
    final ServiceLogsOnFailure serviceLogs;

    ApplicationJourneyIT(SharedPlatform platform) {
        this.platform = platform;
        this.http = platform.http();
        this.serviceLogs = new ServiceLogsOnFailure(platform::services);
    }

    @Test
    void aLearnerFromMolndalIsAdmittedToAGoteborgCourseAtTheAgreementsCostAndToldInSwedish() {
        String email = "anna.lindqvist." + UUID.randomUUID() + "@example.test";
        URI application = http.submit(UUID.randomUUID().toString(), """
                {"applicant": {"nationalId": "%s", "givenName": "Anna", "familyName": "Lindqvist",
                               "email": "%s", "phone": "+46701234567", "language": "sv",
                               "homeMunicipality": "se-1481"},
                 "choices": ["gbg-vard-2027v-01"], "priorityGroup": 2}
                """.formatted(SampleLearners.ANNA_NATIONAL_ID, email));
        String applicationId = PlatformHttp.lastSegment(application);

        // Anna reads her own application, signed in with her e-ID.
        JsonNode status = platform.awaitStatus(application, "sv", StatusReader.learner(SampleLearners.ANNA),
                "application admitted", current -> assertThat(current.path("status").asText()).isEqualTo("ADMITTED"));
        JsonNode choice = StatusJson.choice(status, 1);
        assertThat(choice.path("courseEventId").asText()).isEqualTo("gbg-vard-2027v-01");
        assertThat(choice.path("state").asText()).isEqualTo("ADMITTED");
        // Göteborgsregionen's vocational agreement joins Mölndal and Göteborg: nobody has to decide the cost.
        assertThat(choice.path("costDecision").asText()).isEqualTo("AUTOMATIC");
        assertThat(choice.path("authority").asText()).isEqualTo("SEAT_OWNER");
        assertThat(StatusJson.authorities(status)).doesNotContain("HOME_MUNICIPALITY");
        assertThat(platform.topics().recordsAbout(Topics.costRequests("se-1481"), applicationId)).isEmpty();

        ReceivedMail mail = platform.awaitMailTo(email, "antagen");
        assertThat(mail.contentLanguage()).isEqualTo("sv");

        // Mölndal is told at once that it pays under the agreement, and then of the admission.
        MunicipalityNotice commitment = MunicipalityNotices.awaitNotice("se-1481", applicationId,
                candidate -> candidate.getKind() == NoticeKind.COST_COMMITMENT, platform.infrastructure());
        assertThat(commitment.getCourseEventId()).isEqualTo("gbg-vard-2027v-01");
        assertThat(commitment.getCostDecision()).isEqualTo(CostDecisionState.AUTOMATIC);
        assertThat(commitment.getText()).contains("samverkansavtal");
        MunicipalityNotice notice = MunicipalityNotices.awaitNotice("se-1481", applicationId,
                candidate -> candidate.getStatus() == ApplicationState.ADMITTED, platform.infrastructure());
        assertThat(notice.getMunicipality()).isEqualTo("se-1481");
        assertThat(notice.getKind()).isEqualTo(NoticeKind.DECISION);
        assertThat(notice.getCostDecision()).isEqualTo(CostDecisionState.AUTOMATIC);

        await("the notifications of " + applicationId).atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(http.notifications(applicationId))
                        .extracting(delivery -> delivery.path("recipient").asText())
                        .contains(email));
    }

    @Test
    void aLearnerFromBergenIsAdmittedToABergenCourseAndToldInNorwegian() {
        String email = "ingrid.haugen." + UUID.randomUUID() + "@example.test";
        URI application = http.submit(UUID.randomUUID().toString(), """
                {"applicant": {"nationalId": "%s", "givenName": "Ingrid", "familyName": "Haugen",
                               "email": "%s", "phone": "+4791234567", "language": "nb",
                               "homeMunicipality": "no-4601"},
                 "choices": ["bergen-helse-2027v-01"]}
                """.formatted(SampleLearners.KARI_NATIONAL_ID, email));

        JsonNode status = platform.awaitStatus(application, null, StatusReader.learner(SampleLearners.KARI),
                "application admitted", current -> assertThat(current.path("status").asText()).isEqualTo("ADMITTED"));
        // Bergen runs the course itself: no cost decision is needed.
        assertThat(StatusJson.choice(status, 1).path("costDecision").asText()).isEqualTo("NOT_NEEDED");

        ReceivedMail mail = platform.awaitMailTo(email, "tatt opp");
        assertThat(mail.contentLanguage()).isEqualTo("nb");
    }
}
