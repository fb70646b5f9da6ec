package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequestWithdrawn;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * A learner ranks three course events in Göteborgsregionen (all under the vocational agreement, so no cost
 * decision). The first two seat owners are manual: the test acts as their admissions offices and decides the
 * second choice before the first. The third seat owner answers by the rules at once.
 */
@ExtendWith({WithSharedPlatform.class, WithSharedInfrastructure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankedAlternativesIT {

    private static final String PARTILLE = "se-1402";
    private static final String FIRST = "molndal-vard-2027v-01";
    private static final String FIRST_OWNER = "molndal-vux";
    private static final String SECOND = "lernia-gbg-cnc-2027v-01";
    private static final String SECOND_OWNER = "lernia-gbg";
    private static final String THIRD = "ale-lager-2027v-01";
    private static final String THIRD_OWNER = "ale-vux";
    private static final String HIGHER_CHOICE_ADMITTED = "HIGHER_CHOICE_ADMITTED";

    private final SharedPlatform platform;
    private final PlatformHttp http;
    private final TopicRecords topics;

    @RegisterExtension
    final ServiceLogsOnFailure serviceLogs;

    RankedAlternativesIT(SharedPlatform platform) {
        this.platform = platform;
        this.http = platform.http();
        this.topics = platform.topics();
        this.serviceLogs = new ServiceLogsOnFailure(platform::services);
    }

    @BeforeAll
    void theFirstTwoSeatOwnersDecideByHand() {
        SharedPlatform.requireManual(SharedPlatform.MANUAL_SEAT_OWNERS, FIRST_OWNER);
        SharedPlatform.requireManual(SharedPlatform.MANUAL_SEAT_OWNERS, SECOND_OWNER);
    }

    @Test
    void theSecondChoiceIsAdmittedFirstAndReleasedWhenTheFirstChoiceAdmitsLater() {
        Learner learner = Learner.of(IdentityNumbers.personnummer(LocalDate.of(1988, 2, 29), 314), "Leila",
                "Haddad", "sv", PARTILLE);
        URI application = http.submit(UUID.randomUUID().toString(), learner.applicationFor(FIRST, SECOND, THIRD));
        String applicationId = PlatformHttp.lastSegment(application);

        platform.awaitStatus(application, null, "choice 3 admitted by its rules, choices 1 and 2 waiting",
                status -> {
                    assertThat(StatusJson.state(status, 1)).isEqualTo("SEAT_REQUESTED");
                    assertThat(StatusJson.state(status, 2)).isEqualTo("SEAT_REQUESTED");
                    assertThat(StatusJson.state(status, 3)).isEqualTo("ADMITTED");
                });

        admit(SECOND_OWNER, applicationId, SECOND, 2);
        JsonNode afterSecond = platform.awaitStatus(application, null, "choice 2 admitted",
                status -> assertThat(StatusJson.state(status, 2)).isEqualTo("ADMITTED"));
        assertThat(StatusJson.state(afterSecond, 3)).isEqualTo("WITHDRAWN");
        assertThat(StatusJson.state(afterSecond, 1)).isEqualTo("SEAT_REQUESTED");
        assertThat(StatusJson.choice(afterSecond, 2).path("decidedBy").asText())
                .isEqualTo(SECOND_OWNER + "/antagningen, end-to-end-test");
        assertWithdrawnFrom(THIRD_OWNER, applicationId, 3);
        await("the first choice still waiting on " + FIRST_OWNER).atMost(SharedPlatform.DECISION_TIMEOUT)
                .untilAsserted(() -> assertThat(platform.referenceParties().pendingSeatRequests(FIRST_OWNER))
                        .anySatisfy(request -> {
                            assertThat(request.path("applicationId").asText()).isEqualTo(applicationId);
                            assertThat(request.path("choiceRank").asInt()).isEqualTo(1);
                        }));

        admit(FIRST_OWNER, applicationId, FIRST, 1);
        JsonNode afterFirst = platform.awaitStatus(application, null, "choice 1 admitted",
                status -> assertThat(StatusJson.state(status, 1)).isEqualTo("ADMITTED"));
        assertThat(afterFirst.path("status").asText()).isEqualTo("ADMITTED");
        assertThat(StatusJson.state(afterFirst, 2)).isEqualTo("WITHDRAWN");
        assertThat(StatusJson.state(afterFirst, 3)).isEqualTo("WITHDRAWN");
        assertWithdrawnFrom(SECOND_OWNER, applicationId, 2);
        assertThat(platform.referenceParties().pendingSeatRequests(FIRST_OWNER))
                .noneSatisfy(request -> assertThat(request.path("applicationId").asText()).isEqualTo(applicationId));
    }

    /** As the seat owner's admissions office: retried while the request has yet to reach the owner (404, 503). */
    private void admit(String seatOwner, String applicationId, String courseEventId, int choiceRank) {
        String decision = """
                {"applicationId": "%s", "courseEventId": "%s", "choiceRank": %d, "outcome": "ADMITTED",
                 "reason": "Behörig, plats finns", "decidedBy": "antagningen, end-to-end-test"}
                """.formatted(applicationId, courseEventId, choiceRank);
        HttpResponse<String> response = await("the seat request of choice " + choiceRank + " waiting on " + seatOwner)
                .atMost(SharedPlatform.DECISION_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> platform.referenceParties().decideSeat(seatOwner, decision),
                        answer -> answer.statusCode() != 404 && answer.statusCode() != 503);
        assertThat(response.statusCode()).as("the officer's decision: %s", response.body()).isEqualTo(202);
    }

    private void assertWithdrawnFrom(String seatOwner, String applicationId, int choiceRank) {
        SeatRequestEvent withdrawal = topics.awaitRecord(Topics.seatRequests(seatOwner), applicationId,
                SeatRequestEvent.class, event -> event.getChange() instanceof SeatRequestWithdrawn);
        assertThat(withdrawal.getChoiceRank()).isEqualTo(choiceRank);
        assertThat(((SeatRequestWithdrawn) withdrawal.getChange()).getReasonCode()).isEqualTo(HIGHER_CHOICE_ADMITTED);
    }
}
