package org.studiebro.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrackedApplicationTest {

    private final TrackedApplication application = new TrackedApplication(1_000);

    @Test
    void theFinalStatusIsTheFirstDecisionAndItsEmailIsTheOneNamingIt() {
        application.apply(status(2_000, "s1", "RECEIVED"));
        List<TrackedApplication.Reached> firstMail = application.apply(mail(2_500, "s1"));
        application.apply(status(3_000, "s2", "AWAITING_SEAT_OWNER"));
        List<TrackedApplication.Reached> decided = application.apply(status(4_000, "s3", "ADMITTED"));
        application.apply(status(4_500, "s4", "ADMITTED"));
        List<TrackedApplication.Reached> finalMail = application.apply(mail(6_000, "s3"));

        assertThat(firstMail).extracting(TrackedApplication.Reached::milestone).containsExactly(Milestone.FIRST_EMAIL);
        assertThat(decided).containsExactly(new TrackedApplication.Reached(Milestone.FINAL_STATUS, 4_000, 3_000));
        assertThat(finalMail).containsExactly(new TrackedApplication.Reached(Milestone.FINAL_EMAIL, 6_000, 5_000));
        assertThat(application.finalStatus()).isEqualTo("ADMITTED");
        assertThat(application.statusEvents()).isEqualTo(4);
        assertThat(application.notifications()).isEqualTo(2);
    }

    @Test
    void anEmailSeenBeforeItsStatusEventCountsOnceTheStatusArrives() {
        application.apply(mail(5_000, "s9"));
        List<TrackedApplication.Reached> reached = application.apply(status(4_000, "s9", "RESERVE"));

        assertThat(reached).extracting(TrackedApplication.Reached::milestone)
                .containsExactly(Milestone.FINAL_STATUS, Milestone.FINAL_EMAIL);
        assertThat(reached.get(1).latencyNanos()).isEqualTo(4_000);
    }

    @Test
    void onlyTheFirstSeatRequestIsAMilestoneButAllAreCounted() {
        assertThat(application.apply(new Observation(Observation.Kind.SEAT_REQUESTED, 1_500, null, null, 0)))
                .containsExactly(new TrackedApplication.Reached(Milestone.SEAT_REQUESTED, 1_500, 500));
        assertThat(application.apply(new Observation(Observation.Kind.SEAT_REQUESTED, 1_600, null, null, 0)))
                .isEmpty();
        application.apply(new Observation(Observation.Kind.SEAT_WITHDRAWN, 1_700, null, null, 0));
        assertThat(application.seatRequests()).isEqualTo(2);
        assertThat(application.seatWithdrawals()).isEqualTo(1);
    }

    private static Observation status(long at, String eventId, String status) {
        return new Observation(Observation.Kind.STATUS, at, eventId, status, 0);
    }

    private static Observation mail(long at, String statusEventId) {
        return new Observation(Observation.Kind.LEARNER_EMAIL, at, statusEventId, null, 0);
    }
}
