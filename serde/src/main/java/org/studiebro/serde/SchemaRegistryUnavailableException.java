package org.studiebro.serde;

import org.apache.kafka.common.errors.RetriableException;

/**
 * The schema registry could not be asked: nobody listened, the connection or the request timed out, or it
 * answered 5xx, 408 or 429. Nothing is wrong with the record; the same call may succeed later.
 *
 * <p>It is a Kafka {@link RetriableException}, as Confluent's serializer (7.x) also turns registry 5xx into
 * retriable Kafka exceptions: a producer hands it to the send future and callback instead of treating the record
 * as unserializable, a transactional producer's transaction becomes abortable (abort and retry), and error
 * handlers that tell transient from poison failures by type keep retrying instead of dead-lettering. An HTTP
 * intake finds it in the cause chain of a failed send and answers 503.
 */
public class SchemaRegistryUnavailableException extends RetriableException {

    private static final long serialVersionUID = 1L;

    public SchemaRegistryUnavailableException(String message) {
        super(message);
    }

    public SchemaRegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
