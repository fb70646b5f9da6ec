/**
 * A Confluent-compatible schema registry client and Kafka serde, because io.confluent's artifacts are not
 * reachable from here. Keys, wire format (magic byte 0, 4-byte big-endian schema id, Avro binary) and subject
 * naming (TopicNameStrategy) are Confluent's, so a deployment can swap in
 * {@code io.confluent.kafka.serializers.KafkaAvroSerializer}/{@code KafkaAvroDeserializer} by configuration alone.
 *
 * <ul>
 * <li>{@link org.studiebro.serde.AvroSerializer}, {@link org.studiebro.serde.AvroDeserializer},
 * {@link org.studiebro.serde.AvroSerde}, {@link org.studiebro.serde.SpecificAvroSerde}: for Kafka,
 * configured with the keys in {@link org.studiebro.serde.AvroSerdeConfig}.</li>
 * <li>{@link org.studiebro.serde.SchemaRegistryClient}: the REST client with its caches.</li>
 * <li>{@link org.studiebro.serde.SchemaRegistration}: registers the contracts ahead of the services.</li>
 * <li>{@link org.studiebro.serde.SchemaRegistryUnavailableException} (retriable: the registry could not be
 * asked) and {@link org.studiebro.serde.SchemaRegistryException} (a SerializationException: the registry
 * said no).</li>
 * </ul>
 */
package org.studiebro.serde;
