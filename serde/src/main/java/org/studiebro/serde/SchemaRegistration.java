package org.studiebro.serde;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.avro.Schema;

/**
 * Registers schemas ahead of the services, which in production mode do not register anything
 * ({@code auto.register.schemas=false}): the local platform and the tests call it at startup. Registering is
 * idempotent, a schema the subject already has keeps its id; a schema the subject's compatibility rule
 * (BACKWARD) refuses fails with a {@link SchemaRegistryException} naming subject and reason. A schema already
 * registered is only looked up, which a registry's read-only users may do: a service that makes sure of its own
 * topics' subjects needs no right to register once provisioning has.
 */
public final class SchemaRegistration {

    /**
     * A registry that stalls once (a garbage collection, its database's checkpoint, its first requests after a start)
     * must not fail a service's start or a test run: registering is idempotent, so a subject is tried again.
     */
    static final int ATTEMPTS = 4;
    private static final long FIRST_PAUSE_MILLIS = 500;

    private SchemaRegistration() {
    }

    /** The subject of a topic's values under Confluent's TopicNameStrategy: {@code <topic>-value}. */
    public static String valueSubject(String topic) {
        return TopicNameStrategy.subject(topic, false);
    }

    /** The subject of a topic's keys under Confluent's TopicNameStrategy: {@code <topic>-key}. */
    public static String keySubject(String topic) {
        return TopicNameStrategy.subject(topic, true);
    }

    /**
     * Registers each schema under its subject, in the map's order.
     *
     * @param registryUrl comma-separated registry URLs, as in {@code schema.registry.url}
     * @param subjects    subject to schema, for example {@code valueSubject(topic) -> Event.getClassSchema()}
     * @return subject to schema id
     */
    public static Map<String, Integer> register(String registryUrl, Map<String, Schema> subjects) {
        return register(SchemaRegistryClient.create(registryUrl), subjects);
    }

    /** As {@link #register(String, Map)}, with a client configured elsewhere (credentials, timeouts). */
    public static Map<String, Integer> register(SchemaRegistryClient registry, Map<String, Schema> subjects) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        subjects.forEach((subject, schema) -> {
            try {
                ids.put(subject, registerPatiently(registry, subject, schema));
            } catch (SchemaRegistryException e) {
                String reason = e.errorCode() == SchemaRegistryException.INCOMPATIBLE_SCHEMA
                        ? "is not compatible with the versions subject '" + subject + "' already has (a new field"
                          + " needs a default, an enum a default symbol)"
                        : "could not be registered under subject '" + subject + "'";
                throw e.withContext("Schema " + schema.getFullName() + " " + reason);
            }
        });
        return ids;
    }

    /** The schema's id where the subject has it already (a lookup, which read-only users may do), else registered. */
    private static int lookUpOrRegister(SchemaRegistryClient registry, String subject, Schema schema) {
        try {
            return registry.lookup(subject, schema);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
                    || e.errorCode() == SchemaRegistryException.SCHEMA_NOT_FOUND) {
                return registry.register(subject, schema);
            }
            throw e;
        }
    }

    private static int registerPatiently(SchemaRegistryClient registry, String subject, Schema schema) {
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                return lookUpOrRegister(registry, subject, schema);
            } catch (SchemaRegistryUnavailableException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryUnavailableException("interrupted while registering " + subject, e);
            }
            pause *= 2;
        }
    }
}
