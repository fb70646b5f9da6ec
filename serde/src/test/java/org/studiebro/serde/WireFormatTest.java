package org.studiebro.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void headerIsMagicByteZeroAndTheIdBigEndian() {
        byte[] header = WireFormat.start(0x01020304).toByteArray();

        assertThat(header).containsExactly(0, 1, 2, 3, 4);
        assertThat(WireFormat.schemaId(header)).isEqualTo(0x01020304);
    }

    @Test
    void idsAboveTheSignedByteRangeSurviveTheRoundTrip() {
        for (int id : new int[] {1, 127, 128, 255, 256, 65_535, 1 << 24, Integer.MAX_VALUE}) {
            assertThat(WireFormat.schemaId(WireFormat.start(id).toByteArray())).isEqualTo(id);
        }
    }

    @Test
    void refusesBytesThatDoNotStartWithTheMagicByte() {
        byte[] json = "{\"name\":\"Ada\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> WireFormat.schemaId(json))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Not Confluent wire format: first byte 0x7b, expected magic byte 0x00 (looks like JSON)");
    }

    @Test
    void refusesBytesShorterThanTheHeader() {
        assertThatThrownBy(() -> WireFormat.schemaId(new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Not Confluent wire format: 3 bytes, shorter than the 5-byte header"
                        + " (magic byte 0 and a 4-byte schema id)");
        assertThatThrownBy(() -> WireFormat.schemaId(new byte[0]))
                .hasMessageStartingWith("Not Confluent wire format: 0 bytes");
    }
}
