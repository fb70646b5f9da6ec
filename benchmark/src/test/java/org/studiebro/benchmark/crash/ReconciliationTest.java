package org.studiebro.benchmark.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    private final Reconciliation reconciliation = new Reconciliation();

    /** Application a-1, as a clean run leaves it: submitted, routed to one seat owner, admitted, mailed twice. */
    @BeforeEach
    void cleanApplication() {
        reconciliation.accepted(List.of("a-1"));
        reconciliation.submitted("a-1");
        reconciliation.status("a-1", 1, "s-1", "RECEIVED", false, List.of());
        reconciliation.status("a-1", 2, "s-2", "AWAITING_SEAT_OWNER", false, List.of("gbg-vard"));
        reconciliation.seatRequested("a-1", "gbg-vard", "r-1");
        reconciliation.status("a-1", 3, "s-3", "ADMITTED", false, List.of("gbg-vard"));
        reconciliation.learnerEmailDispatched("s-1", "<m-1@studiebro.test>");
        reconciliation.learnerEmailDispatched("s-2", "<m-2@studiebro.test>");
        reconciliation.learnerEmailDispatched("s-3", "<m-3@studiebro.test>");
        reconciliation.mailsReceived(Map.of("<m-1@studiebro.test>", 1, "<m-2@studiebro.test>", 1,
                "<m-3@studiebro.test>", 1));
        reconciliation.statusView("a-1", "ADMITTED", 3);
        reconciliation.deadLetters("routing-service", 0);
    }

    @Test
    void aCleanRunPassesEveryCheck() {
        List<Check> checks = reconciliation.checks();

        assertThat(checks).noneMatch(Check::failed);
        assertThat(check("applications.submitted")).extracting(Check::expected, Check::found).containsExactly(1L, 1L);
        assertThat(check("SeatRequested")).extracting(Check::expected, Check::found).containsExactly(1L, 1L);
        assertThat(check("dispatched")).extracting(Check::expected, Check::found).containsExactly(2L, 2L);
        assertThat(check("SMTP")).extracting(Check::expected, Check::found).containsExactly(3L, 3L);
        assertThat(CrashReport.failed(checks)).isFalse();
    }

    @Test
    void anAcceptedApplicationMissingFromTheTopicsIsLost() {
        reconciliation.accepted(List.of("a-2"));
        reconciliation.statusView("a-2", null, null);

        assertThat(check("applications.submitted")).extracting(Check::lost, Check::doubled).containsExactly(1L, 0L);
        assertThat(check("current status")).extracting(Check::lost).isEqualTo(1L);
        assertThat(check("over HTTP")).extracting(Check::lost).isEqualTo(1L);
        assertThat(CrashReport.failed(reconciliation.checks())).isTrue();
    }

    @Test
    void aSecondSubmittedRecordOfOneApplicationIsDoubled() {
        reconciliation.submitted("a-1");

        assertThat(check("applications.submitted")).extracting(Check::found, Check::lost, Check::doubled)
                .containsExactly(0L, 0L, 1L);
        assertThat(CrashReport.failed(reconciliation.checks())).isTrue();
    }

    @Test
    void twoDifferentStatusEventsWithOneVersionAreDoubled() {
        reconciliation.status("a-1", 3, "s-3b", "RESERVE", false, List.of("gbg-vard"));

        assertThat(check("current status")).extracting(Check::doubled).isEqualTo(1L);
    }

    @Test
    void aCurrentStatusThatIsNotFinalCountsAsLost() {
        reconciliation.status("a-1", 4, "s-4", "AWAITING_SEAT_OWNER", false, List.of("gbg-vard"));
        reconciliation.learnerEmailDispatched("s-4", "<m-4@studiebro.test>");
        reconciliation.mailsReceived(Map.of("<m-4@studiebro.test>", 1));

        assertThat(check("current status")).extracting(Check::lost).isEqualTo(1L);
        assertThat(check("current status").note()).contains("1 not final");
        assertThat(check("over HTTP")).extracting(Check::lost).isEqualTo(1L);
    }

    @Test
    void aStatusViewBehindTheTopicDiffers() {
        reconciliation.statusView("a-1", "AWAITING_SEAT_OWNER", 2);

        assertThat(check("over HTTP")).extracting(Check::lost).isEqualTo(1L);
        assertThat(check("over HTTP").note()).contains("1 differing");
    }

    @Test
    void aRoutedChoiceWithoutASeatRequestIsLostAndOneWithTwoIsDoubled() {
        reconciliation.status("a-1", 4, "s-4", "ADMITTED", false, List.of("gbg-vard", "molndal-matte"));
        reconciliation.seatRequested("a-1", "gbg-vard", "r-2");

        Check seats = check("SeatRequested");
        assertThat(seats).extracting(Check::expected, Check::found, Check::lost, Check::doubled)
                .containsExactly(2L, 0L, 1L, 1L);
    }

    @Test
    void oneSeatRequestEventWrittenTwiceIsDoubled() {
        reconciliation.seatRequested("a-1", "molndal-matte", "r-1");

        assertThat(check("SeatRequested")).extracting(Check::doubled).isEqualTo(1L);
        assertThat(check("SeatRequested").note()).contains("never routed").contains("event ids");
    }

    @Test
    void aFinalStatusWithoutLearnerEmailIsLostAndAnyStatusEventWithTwoIsDoubled() {
        reconciliation.status("a-1", 4, "s-4", "ADMITTED", false, List.of("gbg-vard"));
        reconciliation.learnerEmailDispatched("s-2", "<m-2@studiebro.test>");

        assertThat(check("dispatched")).extracting(Check::expected, Check::found, Check::lost, Check::doubled)
                .containsExactly(2L, 1L, 1L, 1L);
    }

    @Test
    void aFinalReserveMoveNeedNotBeEmailed() {
        reconciliation.status("a-1", 4, "s-4", "RESERVE", true, List.of("gbg-vard"));

        assertThat(check("dispatched")).extracting(Check::expected, Check::found, Check::lost, Check::doubled)
                .containsExactly(1L, 1L, 0L, 0L);
    }

    @Test
    void aDispatchedMailTheSmtpServerNeverGotIsLost() {
        reconciliation.learnerEmailDispatched("s-9", "<m-9@studiebro.test>");

        assertThat(check("SMTP")).extracting(Check::lost).isEqualTo(1L);
        assertThat(check("SMTP").failed()).isTrue();
    }

    @Test
    void aSecondCopyOfOneMessageIdIsShownButIsTheDocumentedWindow() {
        reconciliation.mailsReceived(Map.of("m-2@studiebro.test", 1));

        Check smtp = check("SMTP");
        assertThat(smtp).extracting(Check::found, Check::doubled).containsExactly(2L, 1L);
        assertThat(smtp.note()).contains("1 Message-IDs arrived more than once (1 extra copies)");
        assertThat(smtp.failed()).isFalse();
        assertThat(CrashReport.verdict(reconciliation.checks())).contains("documented second copies");
    }

    @Test
    void deadLettersFailTheRun() {
        reconciliation.deadLetters("notification-service", 2);

        assertThat(check("dead letters")).extracting(Check::found).isEqualTo(2L);
        assertThat(check("dead letters").failed()).isTrue();
    }

    @Test
    void theTableShowsEveryCheckWithItsCounts() {
        reconciliation.submitted("a-1");

        String table = CrashReport.table(reconciliation.checks());

        assertThat(table).contains("| check").contains("| expected |")
                .containsPattern("accepted \\(202\\) vs applications.submitted\\s*\\|\\s*1 \\|\\s*0 \\|\\s*0 \\|\\s*1 \\|");
        assertThat(CrashReport.verdict(reconciliation.checks())).startsWith("FAILED");
    }

    private Check check(String namePart) {
        return reconciliation.checks().stream().filter(check -> check.name().contains(namePart)).findFirst()
                .orElseThrow();
    }
}
