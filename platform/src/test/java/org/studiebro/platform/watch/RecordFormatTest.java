package org.studiebro.platform.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.studiebro.events.ApplicationSubmitted;

class RecordFormatTest {

    private static final long AT = SampleEvents.SUBMITTED_AT.toEpochMilli();
    private static final byte[] WIRE_BYTES = {0, 0, 0, 0, 1, 2, 3};

    @Test
    void showsTimeTopicPositionKeyTypeAndTheMaskedValue() {
        ApplicationSubmitted submitted = SampleEvents.submitted("app-1");
        RecordFormat format = new RecordFormat((topic, bytes) -> SampleEvents.generic(submitted));

        String line = format.line(Records.record("applications.submitted", 2, 41, AT, "app-1", WIRE_BYTES));

        assertThat(line)
                .startsWith("2026-11-20T08:15:30.123Z applications.submitted 2@41 app-1 ApplicationSubmitted {")
                .contains("\"eventId\":\"" + submitted.getMetadata().getEventId() + "\"")
                .contains("\"nationalId\":\"19811218-****\"")
                .doesNotContain(SampleEvents.NATIONAL_ID)
                .endsWith("\"source\":\"gr-antagning-web\"}");
    }

    @Test
    void showsTheBranchOfASeatRequestAndPadsTheTime() {
        RecordFormat format = new RecordFormat((topic, bytes) ->
                SampleEvents.generic(SampleEvents.seatRequested("app-1", "goteborg-vux")));

        String line = format.line(Records.record("seat-requests.goteborg-vux", 0, 7,
                Instant.parse("2026-11-20T08:15:31Z").toEpochMilli(), "app-1", WIRE_BYTES));

        assertThat(line).startsWith("2026-11-20T08:15:31.000Z seat-requests.goteborg-vux 0@7 app-1 "
                + "SeatRequestEvent/SeatRequested {\"metadata\":")
                .contains("\"change\":{\"applicant\":{\"nationalId\":\"19811218-****\"");
    }

    @Test
    void aValueThatCannotBeReadShowsWhyAndItsBytesAndTheWatchGoesOn() {
        RecordFormat format = new RecordFormat((topic, bytes) -> {
            throw new SerializationException("Unknown magic byte!");
        });

        String line = format.line(Records.record("applications.status", 1, 3, AT, null,
                "198112189876".getBytes(StandardCharsets.UTF_8)));

        assertThat(line).isEqualTo("2026-11-20T08:15:30.123Z applications.status 1@3 - Undecodable"
                + " reason=\"Unknown magic byte!\" value(12 bytes)=\"19811218-****\"");
    }

    @Test
    void aDeletedValueIsATombstone() {
        RecordFormat format = new RecordFormat((topic, bytes) -> null);

        assertThat(format.line(Records.record("applications.status", 0, 9, AT, "app-1", null)))
                .isEqualTo("2026-11-20T08:15:30.123Z applications.status 0@9 app-1 Tombstone null");
    }

    @Test
    void aDeadLetterIsShownWithItsHeadersNeverDecoded() {
        RecordFormat format = new RecordFormat((topic, bytes) -> {
            throw new AssertionError("a dead letter has no schema");
        });
        RecordHeaders headers = new RecordHeaders();
        headers.add("kafka_dlt-original-topic", "applications.status".getBytes(StandardCharsets.UTF_8));
        headers.add("kafka_dlt-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(1).array());
        headers.add("kafka_dlt-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(3).array());
        headers.add("kafka_dlt-exception-message", "Unknown magic byte!".getBytes(StandardCharsets.UTF_8));

        String line = format.line(Records.record("dead-letters.notification-service", 0, 0, AT, "app-1",
                new byte[] {1, 2}, headers));

        assertThat(line).isEqualTo("2026-11-20T08:15:30.123Z dead-letters.notification-service 0@0 app-1 DeadLetter"
                + " from=applications.status/1@3 reason=\"Unknown magic byte!\" value(2 bytes)=\"\\x01\\x02\"");
    }
}
