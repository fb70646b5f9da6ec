package org.studiebro.notification.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;

class MunicipalityDirectoryTest {

    private final MunicipalityDirectory directory = new MunicipalityDirectory(new CatchUpTracker());

    @Test
    void aRegistrationGivesTheAddressAndATombstoneRemovesIt() {
        directory.apply(record("se-1481", MunicipalityRegistered.newBuilder()
                .setMetadata(Events.metadata("import", null, "test", Instant.EPOCH))
                .setMunicipalityId("se-1481").setCode("1481").setCountry("SE").setName("Mölndal")
                .setCounty("Västra Götalands län").setEmail("vux@molndal.test").build()));
        assertThat(directory.email("se-1481")).contains("vux@molndal.test");

        directory.apply(record("se-1481", null));
        assertThat(directory.email("se-1481")).isEmpty();
    }

    @Test
    void aRecordOfAnotherTypeOnTheTopicIsRefusedSoThatItIsDeadLettered() {
        assertThatThrownBy(() -> directory.apply(record("se-1481", "not a municipality")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Neither a MunicipalityRegistered nor a tombstone on "
                        + Topics.REFERENCE_MUNICIPALITIES);
        assertThat(directory.email("se-1481")).isEmpty();
    }

    private static ConsumerRecord<Object, Object> record(String key, Object value) {
        return new ConsumerRecord<>(Topics.REFERENCE_MUNICIPALITIES, 0, 0L, key, value);
    }
}
