package org.studiebro.benchmark.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.studiebro.events.Applicant;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CourseChoice;
import org.studiebro.events.IdentityType;
import org.studiebro.events.Language;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequestWithdrawn;
import org.studiebro.events.SeatRequested;
import org.studiebro.events.StatusChange;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;

/** The platform's events, as the reader gets them from the topics, reach the reconciliation as they should. */
class RecordFeedTest {

    private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");
    private static final String APPLICATION = "a-1";

    private final Reconciliation reconciliation = new Reconciliation();

    @Test
    void aCleanJourneyOnTheTopicsReconciles() {
        ApplicationStatusChanged routed = status(2, ApplicationState.AWAITING_SEAT_OWNER,
                choice(1, "gbg-vard", ChoiceState.SEAT_REQUESTED), choice(2, "molndal-matte",
                        ChoiceState.AWAITING_COST_DECISION));
        ApplicationStatusChanged admitted = status(3, ApplicationState.ADMITTED,
                choice(1, "gbg-vard", ChoiceState.ADMITTED), choice(2, "molndal-matte", ChoiceState.WITHDRAWN));
        reconciliation.accepted(List.of(APPLICATION));
        feed(Topics.APPLICATIONS_SUBMITTED, submitted());
        feed(Topics.APPLICATIONS_STATUS, routed);
        feed(Topics.APPLICATIONS_STATUS, admitted);
        feed(Topics.seatRequests("goteborg-vux"), seatRequest("gbg-vard", SeatRequested.newBuilder()
                .setApplicant(applicant()).setCourseCode("VÅRVÅRD0").setCostDecision(CostDecisionState.NOT_NEEDED)
                .setSubmittedAt(AT).build()));
        feed(Topics.seatRequests("goteborg-vux"), seatRequest("gbg-vard", new SeatRequestWithdrawn("X", "x")));
        feed(Topics.NOTIFICATIONS_DISPATCHED, dispatched(routed, RecipientKind.LEARNER, NotificationChannel.EMAIL,
                "<m-2@studiebro.test>"));
        feed(Topics.NOTIFICATIONS_DISPATCHED, dispatched(admitted, RecipientKind.LEARNER, NotificationChannel.EMAIL,
                "<m-3@studiebro.test>"));
        feed(Topics.NOTIFICATIONS_DISPATCHED, dispatched(admitted, RecipientKind.HOME_MUNICIPALITY,
                NotificationChannel.MUNICIPALITY_TOPIC, null));
        reconciliation.mailsReceived(Map.of("<m-2@studiebro.test>", 1, "<m-3@studiebro.test>", 1));
        reconciliation.statusView(APPLICATION, "ADMITTED", 3);

        List<Check> checks = reconciliation.checks();

        assertThat(checks).noneMatch(Check::failed);
        assertThat(checks).extracting(Check::name, Check::expected, Check::found).contains(
                tuple("accepted (202) vs applications.submitted", 1L, 1L),
                tuple("one SeatRequested per routed choice", 1L, 1L),
                tuple(Reconciliation.LEARNER_EMAILS, 2L, 2L),
                tuple("learner e-mails received by SMTP (per Message-ID)", 2L, 2L));
    }

    @Test
    void aChoiceAwaitingItsCostDecisionIsNotYetRouted() {
        reconciliation.accepted(List.of(APPLICATION));
        feed(Topics.APPLICATIONS_STATUS, status(2, ApplicationState.AWAITING_COST_DECISION,
                choice(1, "molndal-matte", ChoiceState.AWAITING_COST_DECISION)));

        assertThat(reconciliation.checks()).filteredOn(check -> check.name().contains("SeatRequested"))
                .singleElement().extracting(Check::expected).isEqualTo(0L);
    }

    private void feed(String topic, Object value) {
        RecordFeed.feed(new ConsumerRecord<>(topic, 0, 0, APPLICATION, value), reconciliation);
    }

    private static ApplicationSubmitted submitted() {
        return ApplicationSubmitted.newBuilder()
                .setMetadata(Events.metadata(APPLICATION, null, "applications-service", AT))
                .setApplicationId(APPLICATION).setIdempotencyKey("k-1").setRequestFingerprint("f")
                .setApplicant(applicant()).setChoices(List.of(new CourseChoice(1, "gbg-vard")))
                .setSource("test").build();
    }

    private static ApplicationStatusChanged status(int version, ApplicationState state, ChoiceStatus... choices) {
        return ApplicationStatusChanged.newBuilder()
                .setMetadata(Events.metadata(APPLICATION, null, "routing-service", AT))
                .setApplicationId(APPLICATION).setVersion(version).setApplicant(applicant()).setSubmittedAt(AT)
                .setStatus(state).setChoices(List.of(choices))
                .setChange(StatusChange.newBuilder().setAuthority(Authority.SEAT_OWNER).setDecidedBy("goteborg-vux")
                        .setReasonCode("SEAT_DECIDED").setReason("r").build())
                .build();
    }

    private static ChoiceStatus choice(int rank, String courseEvent, ChoiceState state) {
        return ChoiceStatus.newBuilder().setRank(rank).setCourseEventId(courseEvent).setState(state).build();
    }

    private static SeatRequestEvent seatRequest(String courseEvent, Object change) {
        return SeatRequestEvent.newBuilder()
                .setMetadata(Events.metadata(APPLICATION, null, "routing-service", AT))
                .setApplicationId(APPLICATION).setSeatOwner("goteborg-vux").setCourseEventId(courseEvent)
                .setChoiceRank(1).setChange(change).build();
    }

    private static NotificationDispatched dispatched(ApplicationStatusChanged status, RecipientKind kind,
                                                     NotificationChannel channel, String messageId) {
        return NotificationDispatched.newBuilder()
                .setMetadata(Events.metadata(APPLICATION, status.getMetadata().getEventId(), "notification-service",
                        AT))
                .setApplicationId(APPLICATION).setStatusEventId(status.getMetadata().getEventId())
                .setChannel(channel).setRecipientKind(kind).setRecipient("anna@example.test")
                .setLanguage(Language.SV).setSubject("s").setMessageId(messageId).build();
    }

    private static Applicant applicant() {
        return Applicant.newBuilder().setNationalId("198112189876").setIdentityType(IdentityType.SE_PERSONNUMMER)
                .setGivenName("Anna").setFamilyName("Svensson").setEmail("anna@example.test")
                .setLanguage(Language.SV).setHomeMunicipality("se-1481").build();
    }
}
