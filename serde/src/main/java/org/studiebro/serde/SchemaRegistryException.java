package org.studiebro.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * The schema registry answered, and said no: subject or schema not found (404, error codes 40401, 40403),
 * incompatible schema (409), invalid schema (422), not authorised (401, 403). Retrying the same call will not
 * help.
 *
 * <p>It is a {@link SerializationException}, like the exception Confluent's serializer throws for a registry
 * client error, so a record whose schema id the registry does not know is treated as a poison record (Spring
 * Kafka's ErrorHandlingDeserializer catches it and the record can go to a dead-letter topic).
 */
public class SchemaRegistryException extends SerializationException {

    private static final long serialVersionUID = 1L;

    /** Confluent's error codes that this client looks at. */
    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int INCOMPATIBLE_SCHEMA = 409;

    private final int httpStatus;
    private final int errorCode;

    public SchemaRegistryException(String message, int httpStatus, int errorCode) {
        this(message, httpStatus, errorCode, null);
    }

    public SchemaRegistryException(String message, int httpStatus, int errorCode, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** The HTTP status of the registry's answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The registry's {@code error_code} (for example 40401, 40403, 409, 42201), or the HTTP status if it sent none. */
    public int errorCode() {
        return errorCode;
    }

    /** The same failure with more context in front of the message; status, error code and cause stay. */
    SchemaRegistryException withContext(String context) {
        return new SchemaRegistryException(context + ": " + getMessage(), httpStatus, errorCode, this);
    }
}
