package org.studiebro.serde;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.apache.avro.Schema;
import org.studiebro.testsupport.SharedInfrastructure;

/**
 * The test run's one real Apicurio Registry (see SharedInfrastructure).
 * Tests share it, so each names its own topics ({@link #topic}).
 */
final class TestRegistry {

    private TestRegistry() {
    }

    /** The Confluent-compatible API of the test run's shared registry. */
    static String url() {
        return SharedInfrastructure.get().schemaRegistryUrl();
    }

    /** A topic name no other test uses. */
    static String topic(String purpose) {
        return "serde-it." + purpose + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A schema from src/test/resources/serde. */
    static Schema schema(String file) {
        try (InputStream in = TestRegistry.class.getResourceAsStream("/serde/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No test schema /serde/" + file);
            }
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
