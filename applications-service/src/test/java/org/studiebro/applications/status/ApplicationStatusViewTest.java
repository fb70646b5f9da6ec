package org.studiebro.applications.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.applications.support.TestEvents;
import org.studiebro.plumbing.viewstore.ViewStore;
import org.studiebro.plumbing.viewstore.ViewStoreProperties;
import org.studiebro.schemas.Topics;

class ApplicationStatusViewTest {

    private final ViewStore store = new ViewStore(new ViewStoreProperties(null));
    private final ApplicationStatusView view = new ApplicationStatusView(new CatchUpTracker(), store);

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aSubmittedApplicationIsReceivedWithItsChoicesInRank() {
        view.apply(TestEvents.submitted("app-1", "gbg-vard-2027v-01", "molndal-matte-2027v-01"), null);

        ApplicationStatus status = view.find("app-1").orElseThrow();
        assertThat(status.status()).isEqualTo("RECEIVED");
        assertThat(status.submittedAt()).isEqualTo(TestEvents.SUBMITTED_AT);
        assertThat(status.choices()).extracting(ApplicationStatus.Choice::rank, ApplicationStatus.Choice::courseEventId,
                        ApplicationStatus.Choice::state)
                .containsExactly(
                        tuple(1, "gbg-vard-2027v-01", "RECEIVED"),
                        tuple(2, "molndal-matte-2027v-01", "RECEIVED"));
        assertThat(status.history()).isEmpty();
    }

    @Test
    void aRecordOfTheOtherTopicsTypeIsRefusedNotApplied() {
        // Refused, so that the view's error handler dead-letters it (even when read without the contract check).
        assertThatThrownBy(() -> view.on(record(Topics.APPLICATIONS_STATUS,
                TestEvents.submitted("app-1", "gbg-vard-2027v-01"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a ApplicationStatusChanged on " + Topics.APPLICATIONS_STATUS);
        assertThatThrownBy(() -> view.on(record(Topics.APPLICATIONS_SUBMITTED,
                TestEvents.admitted("app-1", 1, "gbg-vard-2027v-01"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a ApplicationSubmitted on " + Topics.APPLICATIONS_SUBMITTED);

        assertThat(view.find("app-1")).isEmpty();
    }

    private static ConsumerRecord<String, Object> record(String topic, Object value) {
        return new ConsumerRecord<>(topic, 0, 0L, "app-1", value);
    }

    @Test
    void theViewKeepsTheIdentityNumberForTheAccessCheckAndTheAnswerMasksIt() {
        view.apply(TestEvents.submitted("app-1", "gbg-vard-2027v-01"), null);

        ApplicationStatus status = view.find("app-1").orElseThrow();
        ApplicationStatus.Learner learner = status.applicant();
        assertThat(learner.nationalId()).isEqualTo("198112189876");
        assertThat(status.inWords("sv", "", List.of(), List.of()).applicant().nationalId())
                .isEqualTo("19811218-****");
        assertThat(learner.language()).isEqualTo("sv");
        assertThat(learner.homeMunicipality()).isEqualTo("se-1481");
    }

    @Test
    void whoseApplicationItIsIsDecidedOnTheWholeIdentityNumber() {
        view.apply(TestEvents.submitted("app-1", "gbg-vard-2027v-01"), null);

        assertThat(view.nationalIdOf("app-1")).contains("198112189876");
        assertThat(view.nationalIdOf("app-2")).isEmpty();
        view.apply(TestEvents.admitted("app-1", 1, "gbg-vard-2027v-01"), null);
        assertThat(view.nationalIdOf("app-1")).contains("198112189876");
    }

    @Test
    void statusChangesReplaceThePictureAndGrowTheHistory() {
        view.apply(TestEvents.submitted("app-1", "gbg-vard-2027v-01"), null);
        view.apply(TestEvents.awaitingSeatOwner("app-1", 1, "gbg-vard-2027v-01"), null);
        view.apply(TestEvents.admitted("app-1", 2, "gbg-vard-2027v-01"), null);

        ApplicationStatus status = view.find("app-1").orElseThrow();
        assertThat(status.status()).isEqualTo("ADMITTED");
        assertThat(status.updatedAt()).isEqualTo(TestEvents.SUBMITTED_AT.plusSeconds(120));
        assertThat(status.choices()).singleElement().satisfies(choice -> {
            assertThat(choice.state()).isEqualTo("ADMITTED");
            assertThat(choice.courseCode()).isEqualTo("VÅRVÅRD0");
            assertThat(choice.costDecision()).isEqualTo("AUTOMATIC");
            assertThat(choice.authority()).isEqualTo("SEAT_OWNER");
            assertThat(choice.decidedBy()).isEqualTo("goteborg-vux/antagning");
        });
        assertThat(status.history()).extracting(ApplicationStatus.Change::version, ApplicationStatus.Change::status,
                        ApplicationStatus.Change::reasonCode)
                .containsExactly(
                        tuple(1, "AWAITING_SEAT_OWNER", "ROUTED"),
                        tuple(2, "ADMITTED", "SEAT_DECIDED"));
    }

    @Test
    void replayedAndOlderVersionsAreIgnored() {
        view.apply(TestEvents.awaitingSeatOwner("app-1", 1, "gbg-vard-2027v-01"), null);
        view.apply(TestEvents.admitted("app-1", 2, "gbg-vard-2027v-01"), null);
        view.apply(TestEvents.admitted("app-1", 2, "gbg-vard-2027v-01"), null);
        view.apply(TestEvents.awaitingSeatOwner("app-1", 1, "gbg-vard-2027v-01"), null);

        ApplicationStatus status = view.find("app-1").orElseThrow();
        assertThat(status.status()).isEqualTo("ADMITTED");
        assertThat(status.history()).extracting(ApplicationStatus.Change::version).containsExactly(1, 2);
    }

    @Test
    void anEarlierVersionThatComesLateTakesItsPlaceInTheHistoryOnly() {
        view.apply(TestEvents.submitted("app-1", "gbg-vard-2027v-01"), null);
        view.apply(TestEvents.admitted("app-1", 2, "gbg-vard-2027v-01"), null);
        ApplicationStatus before = view.find("app-1").orElseThrow();

        // Version 1 was dead-lettered and is replayed after version 2 came: as if it had come in its turn.
        view.apply(TestEvents.awaitingSeatOwner("app-1", 1, "gbg-vard-2027v-01"), null);
        ApplicationStatus after = view.find("app-1").orElseThrow();
        view.apply(TestEvents.awaitingSeatOwner("app-1", 1, "gbg-vard-2027v-01"), null);

        assertThat(after.status()).isEqualTo("ADMITTED");
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
        assertThat(after.choices()).isEqualTo(before.choices());
        assertThat(after.history()).extracting(ApplicationStatus.Change::version, ApplicationStatus.Change::status)
                .containsExactly(tuple(1, "AWAITING_SEAT_OWNER"), tuple(2, "ADMITTED"));
        assertThat(view.find("app-1").orElseThrow()).isEqualTo(after);
    }

    @Test
    void aSubmittedEventArrivingAfterAStatusChangeDoesNotTurnItBack() {
        view.apply(TestEvents.awaitingSeatOwner("app-1", 1, "gbg-vard-2027v-01"), null);
        view.apply(TestEvents.submitted("app-1", "gbg-vard-2027v-01"), null);

        assertThat(view.find("app-1").orElseThrow().status()).isEqualTo("AWAITING_SEAT_OWNER");
    }

    @Test
    void anUnknownApplicationIsNotFound() {
        assertThat(view.find("nope")).isEmpty();
        assertThat(view.isReady()).isFalse();
    }
}
