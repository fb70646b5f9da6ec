package org.studiebro.plumbing.streams;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.studiebro.schemas.Service;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.NotTheWriterException;

class SinkWritersTest {

    @Test
    void aTopologyThatWritesAnotherServicesTopicIsRefusedBeforeItStarts() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.APPLICATIONS_SUBMITTED, Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .to(Topics.CATALOG_COURSE_EVENTS, Produced.with(Serdes.String(), Serdes.ByteArray()));

        assertThatThrownBy(() -> SinkWriters.check(builder.build(), Service.ROUTING_SERVICE))
                .isInstanceOf(NotTheWriterException.class)
                .hasMessageContaining(Topics.CATALOG_COURSE_EVENTS)
                .hasMessageContaining("reference-data-service");
    }

    @Test
    void aTopologyThatReadsOthersTopicsAndWritesItsOwnStarts() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.globalTable(Topics.CATALOG_COURSE_EVENTS, Consumed.with(Serdes.String(), Serdes.ByteArray()));
        builder.stream(Topics.APPLICATIONS_SUBMITTED, Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .to(Topics.APPLICATIONS_STATUS, Produced.with(Serdes.String(), Serdes.ByteArray()));

        assertThatCode(() -> SinkWriters.check(builder.build(), Service.ROUTING_SERVICE)).doesNotThrowAnyException();
    }
}
