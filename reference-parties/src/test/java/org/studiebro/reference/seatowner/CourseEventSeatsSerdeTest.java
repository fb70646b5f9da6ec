package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.studiebro.reference.streams.JsonSerde;

class CourseEventSeatsSerdeTest {

    private final Serde<CourseEventSeats> serde = new JsonSerde<>(CourseEventSeats.class);

    @Test
    void theStateOfACourseEventSurvivesItsChangelog() {
        CourseEventSeats seats = new CourseEventSeats(
                List.of(new SeatHolder("a1", 1, 2, 1_700_000_000_000L, "c1")),
                List.of(new SeatHolder("r1", 3, null, 1_700_000_000_001L, "c2")));

        byte[] bytes = serde.serializer().serialize("changelog", seats);

        assertThat(serde.deserializer().deserialize("changelog", bytes)).isEqualTo(seats);
    }
}
