package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CostRequestWithdrawn;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.events.NoticeKind;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * The learner withdraws an application while the home municipality's officer has yet to decide the cost: the
 * municipality is manual, so its cost request stays open until the withdrawal takes it back.
 */
@ExtendWith({WithSharedPlatform.class, WithSharedInfrastructure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnerWithdrawalIT {

    // Eskilstuna and Södertälje share only the Mälardalen area, whose agreement leaves the cost to the home
    // municipality: the application needs Eskilstuna's cost decision.
    private static final String ESKILSTUNA = "se-0484";
    private static final String ESKILSTUNA_OFFICER = "eskilstuna-officer";
    private static final String COURSE_EVENT = "sodertalje-vard-2027v-01";

    private final SharedPlatform platform;
    private final PlatformHttp http;

    @RegisterExtension
    final ServiceLogsOnFailure serviceLogs;

    LearnerWithdrawalIT(SharedPlatform platform) {
        this.platform = platform;
        this.http = platform.http();
        this.serviceLogs = new ServiceLogsOnFailure(platform::services);
    }

    @BeforeAll
    void eskilstunasOfficersDecideByHand() {
        SharedPlatform.requireManual(SharedPlatform.MANUAL_MUNICIPALITIES, ESKILSTUNA);
    }

    @Test
    void withdrawingAnApplicationWithdrawsItsPendingCostRequest() {
        // Anna, so that she can sign in and withdraw it: only the learner an application belongs to may.
        Learner learner = Learner.of(SampleLearners.ANNA_NATIONAL_ID, "Anna", "Öberg", "sv", ESKILSTUNA);
        URI application = http.submit(UUID.randomUUID().toString(), learner.applicationFor(COURSE_EVENT));
        String applicationId = PlatformHttp.lastSegment(application);

        StatusReader anna = StatusReader.learner(SampleLearners.ANNA);
        platform.awaitStatus(application, null, anna, "application waiting on Eskilstuna's cost decision",
                status -> assertThat(status.path("status").asText()).isEqualTo("AWAITING_COST_DECISION"));
        await("the cost request waiting on Eskilstuna's officers").atMost(SharedPlatform.DECISION_TIMEOUT)
                .untilAsserted(() -> assertThat(platform.referenceParties().pendingCostRequests(ESKILSTUNA,
                                ESKILSTUNA_OFFICER))
                        .extracting(request -> request.path("applicationId").asText())
                        .contains(applicationId));

        http.withdraw(application, UUID.randomUUID().toString(), SampleLearners.ANNA);

        CostRequestEvent withdrawal = platform.topics().awaitRecord(Topics.costRequests(ESKILSTUNA), applicationId,
                CostRequestEvent.class, event -> event.getChange() instanceof CostRequestWithdrawn);
        assertThat(withdrawal.getCourseEventId()).isEqualTo(COURSE_EVENT);
        assertThat(((CostRequestWithdrawn) withdrawal.getChange()).getReasonCode()).isEqualTo("WITHDRAWN_BY_LEARNER");

        JsonNode status = platform.awaitStatus(application, null, anna, "application withdrawn",
                current -> assertThat(current.path("status").asText()).isEqualTo("WITHDRAWN"));
        assertThat(StatusJson.lastChange(status).path("authority").asText()).isEqualTo("LEARNER");
        assertThat(StatusJson.choice(status, 1).path("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(StatusJson.choice(status, 1).path("authority").asText()).isEqualTo("LEARNER");

        await("the withdrawn request gone from Eskilstuna's officers' list").atMost(SharedPlatform.DECISION_TIMEOUT)
                .untilAsserted(() -> assertThat(platform.referenceParties().pendingCostRequests(ESKILSTUNA,
                                ESKILSTUNA_OFFICER))
                        .extracting(request -> request.path("applicationId").asText())
                        .doesNotContain(applicationId));
        MunicipalityNotice notice = MunicipalityNotices.awaitNotice(ESKILSTUNA, applicationId,
                candidate -> candidate.getKind() == NoticeKind.WITHDRAWN, platform.infrastructure());
        assertThat(notice.getStatus()).isEqualTo(ApplicationState.WITHDRAWN);
    }
}
