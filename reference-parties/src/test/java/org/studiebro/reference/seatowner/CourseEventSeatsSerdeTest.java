package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.studiebro.reference.streams.JsonSerde;

class CourseEventSeatsSerdeTest {

    private final Serde<CourseEventSeats> serde = new JsonSerde<>(CourseEventSeats.class);

    @Test
    void theStateOfACourseEventSurvivesItsChangelog() {
        CourseEventSeats seats = new CourseEventSeats(
                List.of(new SeatHolder("a1", 1, 2, 1_700_000_000_000L, "c1", null)),
                List.of(new SeatHolder("r1", 3, null, 1_700_000_000_001L, "c2", 4)));

        byte[] bytes = serde.serializer().serialize("changelog", seats);

        assertThat(serde.deserializer().deserialize("changelog", bytes)).isEqualTo(seats);
    }

    @Test
    void stateWrittenBeforeToldPositionsWereKeptReadsWithoutOne() {
        byte[] written = """
                {"admitted":[{"applicationId":"a1","choiceRank":1,"priorityGroup":2,"submittedAt":1700000000000,\
                "correlationId":"c1"}],"reserve":[{"applicationId":"r1","choiceRank":3,"priorityGroup":null,\
                "submittedAt":1700000000001,"correlationId":"c2"}]}""".getBytes(StandardCharsets.UTF_8);

        CourseEventSeats seats = serde.deserializer().deserialize("changelog", written);

        assertThat(seats.reserve()).containsExactly(new SeatHolder("r1", 3, null, 1_700_000_000_001L, "c2", null));
        assertThat(seats.admitted()).extracting(SeatHolder::toldReservePosition).containsOnlyNulls();
    }
}
