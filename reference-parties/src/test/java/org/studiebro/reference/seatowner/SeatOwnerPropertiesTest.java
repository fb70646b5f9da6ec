package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SeatOwnerPropertiesTest {

    @Test
    void anUnsetEnvironmentVariableLeavesNoSeatOwnerManual() {
        // application.yml: manual-seat-owners: ${STUDIEBRO_SEAT_OWNER_MANUAL_SEAT_OWNERS:}
        SeatOwnerProperties properties = bind(Map.of("studiebro.seat-owner.manual-seat-owners", ""));

        assertThat(properties.manualSeatOwners()).isEmpty();
        assertThat(properties.decidesManually("molndal-vux")).isFalse();
    }

    @Test
    void aCommaSeparatedListMakesEachSeatOwnerManual() {
        SeatOwnerProperties properties = bind(Map.of("studiebro.seat-owner.manual-seat-owners",
                "molndal-vux, lernia-gbg"));

        assertThat(properties.decidesManually("molndal-vux")).isTrue();
        assertThat(properties.decidesManually("lernia-gbg")).isTrue();
        assertThat(properties.decidesManually("goteborg-vux")).isFalse();
    }

    private static SeatOwnerProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("studiebro.seat-owner", SeatOwnerProperties.class);
    }
}
