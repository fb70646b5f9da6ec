package org.studiebro.serde;

import org.apache.kafka.common.config.ConfigException;

/**
 * A service was about to write a topic whose one writer is another service. A configuration error, not a bad record:
 * Kafka's producer throws it from {@code send} (or from the typed serializer's making) instead of failing the record.
 */
public class NotTheWriterException extends ConfigException {

    public NotTheWriterException(String message) {
        super(message);
    }
}
