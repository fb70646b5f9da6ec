package org.studiebro.applications.replay;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;
import org.studiebro.applications.ApplicationsServiceApplication;
import org.studiebro.applications.KeyOnlyProducerListener;
import org.studiebro.schemas.Topics;
import org.studiebro.schemas.deadletters.DeadLetteredOrigins;
import org.studiebro.schemas.deadletters.DeadLetteredOrigins.Origin;
import org.studiebro.schemas.serde.DeadLetterSerializer;

/**
 * Publishes records the views cannot read or apply to dead-letters.applications-service, with Spring Kafka's
 * headers naming the reason and the original topic, partition and offset. Its producer is its own (not a bean,
 * so Boot's KafkaTemplate stays auto-configured) and is closed with the context.
 * <p>
 * The same record comes by again after a restart: the in-memory views read their topics from the beginning at every
 * start, a stored view whose store was lost does too, and a stored view goes on from its last applied record, before
 * a dead-lettered one that came last. It is dead-lettered once, the records already on the dead-letter topic are
 * skipped ({@link DeadLetteredOrigins}).
 */
@Component
class DeadLetters implements DisposableBean {

    static final String TOPIC = Topics.deadLetters(ApplicationsServiceApplication.SERVICE_NAME);

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final LogAccessor HEADER_LOG = new LogAccessor(DeadLetters.class);

    private final DefaultKafkaProducerFactory<Object, Object> producerFactory;
    private final DeadLetterPublishingRecoverer recoverer;
    private final DeadLetteredOrigins written;

    DeadLetters(KafkaProperties kafkaProperties, KeyOnlyProducerListener producerListener) {
        Map<String, Object> producer = kafkaProperties.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, DeadLetterSerializer.class);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, ApplicationsServiceApplication.SERVICE_NAME + "-dead-letters");
        this.producerFactory = new DefaultKafkaProducerFactory<>(producer);
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(producerFactory);
        template.setProducerListener(producerListener);
        this.recoverer = new DeadLetterPublishingRecoverer(template, (record, exception) -> new TopicPartition(TOPIC, -1));
        this.recoverer.setHeadersFunction(DeadLetters::reason);
        this.written = new DeadLetteredOrigins(TOPIC, kafkaProperties.buildConsumerProperties());
    }

    /** Writes the record to the dead-letter topic unless it holds it already. */
    ConsumerRecordRecoverer recoverer() {
        return (record, reason) -> {
            Origin origin = Origin.of(record);
            // Views of one topic meet its poison on threads of their own: one of them writes its dead letter.
            synchronized (written) {
                if (written.contains(origin)) {
                    log.debug("Record {}-{}@{} was dead-lettered before", origin.topic(), origin.partition(),
                            origin.offset());
                    return;
                }
                recoverer.accept(record, reason);
                written.add(origin);
            }
        };
    }

    /**
     * Spring Kafka's dead letter of a record that could not be read says only "failed to deserialize"; this makes its
     * message say why (not the wire format, unknown schema id, a type that is not the topic's contract).
     */
    private static @Nullable Headers reason(ConsumerRecord<?, ?> record, Exception exception) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, HEADER_LOG);
        if (unreadable == null || unreadable.getCause() == null) {
            return null;
        }
        String reason = unreadable.getMessage() + "; " + unreadable.getCause().getMessage();
        return new RecordHeaders(List.<Header>of(new DeadLetterPublishingRecoverer.SingleRecordHeader(
                KafkaHeaders.DLT_EXCEPTION_MESSAGE, reason.getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public void destroy() {
        producerFactory.destroy();
    }
}
