package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiebro.reference.seatowner.TestSeats.CAUSE;
import static org.studiebro.reference.seatowner.TestSeats.COURSE_EVENT;
import static org.studiebro.reference.seatowner.TestSeats.holder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.junit.jupiter.api.Test;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatOutcome;

/** The punctuation tells exactly the reserves that the halving-or-doubling rule names, and each once. */
class ReservePositionPunctuatorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final SeatAllocation allocation = new SeatAllocation();
    private final TestSeats seats = new TestSeats();
    private final MockProcessorContext<String, SeatDecided> context = new MockProcessorContext<>();
    private final ReservePositionPunctuator punctuator = new ReservePositionPunctuator(seats.state, context,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final Map<String, Integer> lastTold = new HashMap<>();

    @Test
    void tellsTheReservesWhosePositionHalvedOrDoubledSinceLastToldOnceWithTheMovesCoalesced() {
        Random random = new Random(7);
        decide(allocation.request(seats.state, COURSE_EVENT, holder("admitted", null, 0), 1, CAUSE));
        for (int i = 1; i <= 64; i++) {
            decide(allocation.request(seats.state, COURSE_EVENT, holder("r" + i, null, i), 1, CAUSE));
        }
        for (int move = 0; move < 40; move++) {
            if (random.nextBoolean()) {
                List<String> reserves = seats.reserveIds();
                decide(allocation.withdraw(seats.state, COURSE_EVENT,
                        reserves.get(random.nextInt(reserves.size())), 1, CAUSE));
            } else {
                decide(allocation.request(seats.state, COURSE_EVENT, holder("n" + move, 1, 100 + move), 1, CAUSE));
            }
        }
        List<KeyValue<String, Integer>> named = namedByTheRule();

        punctuator.punctuate(NOW.toEpochMilli());
        List<SeatDecided> told = forwarded();
        punctuator.punctuate(NOW.toEpochMilli() + 60_000);

        assertThat(named).isNotEmpty().hasSizeLessThan(seats.reserveIds().size());
        assertThat(told).extracting(decided -> KeyValue.pair(decided.getApplicationId(), decided.getReservePosition()))
                .containsExactlyElementsOf(named);
        assertThat(told).allSatisfy(decided -> {
            assertThat(decided.getOutcome()).isEqualTo(SeatOutcome.RESERVE);
            assertThat(decided.getReasonCode()).isEqualTo(ReserveUpdates.RESERVE_POSITION_CHANGED);
            assertThat(decided.getDecidedBy()).isEqualTo(SeatDecisions.DECIDED_BY);
            assertThat(decided.getSeatOwner()).isEqualTo(CAUSE.seatOwner());
            assertThat(decided.getCourseEventId()).isEqualTo(COURSE_EVENT);
            assertThat(decided.getMetadata().getCausationId()).isEqualTo(CAUSE.causeEventId());
            assertThat(decided.getMetadata().getCorrelationId()).isEqualTo("correlation-" + decided.getApplicationId());
        });
        assertThat(forwarded()).hasSameSizeAs(told);
        assertThat(seats.changed.values()).isEmpty();
    }

    @Test
    void aListThatNoRequestMarkedIsNotWalked() {
        for (int i = 0; i <= 10; i++) {
            allocation.request(seats.state, COURSE_EVENT, holder("r" + i, null, i), 1, CAUSE);
        }
        long before = seats.operations();

        punctuator.punctuate(NOW.toEpochMilli());

        assertThat(forwarded()).isEmpty();
        assertThat(seats.operations() - before).isEqualTo(1);
    }

    private void decide(List<SeatAnswer> answers) {
        answers.forEach(answer -> lastTold.put(answer.holder().applicationId(), answer.reservePosition()));
    }

    /** Reserve and position, in list order, for each reserve at least twice as near or as far as it was told. */
    private List<KeyValue<String, Integer>> namedByTheRule() {
        List<KeyValue<String, Integer>> named = new ArrayList<>();
        List<String> reserves = seats.reserveIds();
        for (int i = 0; i < reserves.size(); i++) {
            int position = i + 1;
            int told = lastTold.get(reserves.get(i));
            if (position * 2 <= told || position >= told * 2) {
                named.add(KeyValue.pair(reserves.get(i), position));
            }
        }
        return named;
    }

    private List<SeatDecided> forwarded() {
        return context.forwarded().stream().map(forward -> (SeatDecided) forward.record().value()).toList();
    }
}
