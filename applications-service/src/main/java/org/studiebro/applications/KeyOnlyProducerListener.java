package org.studiebro.applications;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.stereotype.Component;

/**
 * Spring Kafka's default producer listener logs a failed record's value, and values carry the learner's
 * identity number. This one names only the topic and the key (an application or entity id); whoever sent the
 * record handles the failure. Boot uses it for its KafkaTemplate in place of the default.
 */
@Component
public class KeyOnlyProducerListener implements ProducerListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(KeyOnlyProducerListener.class);

    @Override
    public void onError(ProducerRecord<Object, Object> record, RecordMetadata recordMetadata, Exception exception) {
        log.debug("Sending to {} with key {} failed: {}", record.topic(), record.key(), exception.toString());
    }
}
