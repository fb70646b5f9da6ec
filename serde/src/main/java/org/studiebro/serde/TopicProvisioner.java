package org.studiebro.serde;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.studiebro.schemas.TopicRetention;
import org.studiebro.schemas.Topics;

/**
 * Creates topics and registers their value subjects before anyone writes to them. Services run with
 * auto.register.schemas=false, so a subject that was not provisioned here cannot be written: the contract is
 * registered on purpose, once, where it can be checked for compatibility.
 */
public final class TopicProvisioner implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;
    private final SchemaRegistryClient registry;
    private final int partitions;
    private final Duration deadLetterRetention;

    public TopicProvisioner(Map<String, Object> adminConfig, String schemaRegistryUrl, int partitions) {
        this(adminConfig, schemaRegistryUrl, partitions, TopicRetention.DEAD_LETTERS);
    }

    /**
     * With every admin client setting a deployment needs (security protocol, credentials), not only the address,
     * and how long its dead letters and replays are kept.
     */
    public TopicProvisioner(Map<String, Object> adminConfig, String schemaRegistryUrl, int partitions,
            Duration deadLetterRetention) {
        this(adminConfig, Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl), partitions,
                deadLetterRetention);
    }

    /**
     * With the registry configured by the serde's keys ({@link AvroSerdeConfig}: its URL and, for a registry that
     * wants a login, {@code basic.auth.credentials.source} and {@code basic.auth.user.info}).
     */
    public TopicProvisioner(Map<String, Object> adminConfig, Map<String, ?> registryConfig, int partitions,
            Duration deadLetterRetention) {
        Map<String, Object> config = new HashMap<>(adminConfig);
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        this.admin = Admin.create(config);
        this.registry = SchemaRegistryClient.fromConfig(registryConfig);
        this.partitions = partitions;
        this.deadLetterRetention = deadLetterRetention;
    }

    /** The topics every deployment has. */
    public void provisionCore() {
        provision(Topics.coreTopics());
    }

    /** Creates the missing topics and registers the subjects; what exists already is left as it is. */
    public void provision(Map<String, Schema> topicsWithValueSchemas) {
        createMissing(topicsWithValueSchemas.keySet());
        Map<String, Schema> subjects = new LinkedHashMap<>();
        topicsWithValueSchemas.forEach((topic, schema) -> subjects.put(SchemaRegistration.valueSubject(topic), schema));
        SchemaRegistration.register(registry, subjects);
    }

    /**
     * A service's dead-letter topic and its replay topic hold the original bytes, whatever they were, so they have
     * no subject. The replay topic has the partition count of the inputs, so a replayed record reaches the task
     * that holds its application's state.
     */
    public void provisionDeadLetters(String service) {
        Set<String> topics = Set.of(Topics.deadLetters(service), Topics.replays(service));
        createMissing(topics);
        keepDeadLettersAsChosen(topics);
    }

    /**
     * Dead-letter topics made before their retention was bounded (or under another setting) get the chosen one: the
     * letters hold personal data nobody processed, and a shorter setting must reach the topics that already exist.
     */
    private void keepDeadLettersAsChosen(Set<String> topics) {
        AlterConfigOp retention = new AlterConfigOp(new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG,
                String.valueOf(deadLetterRetention.toMillis())), AlterConfigOp.OpType.SET);
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        topics.forEach(topic -> changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(retention)));
        try {
            admin.incrementalAlterConfigs(changes).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot set the retention of " + topics + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting the retention of " + topics, e);
        }
    }

    private void createMissing(Set<String> topics) {
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(this::newTopic)
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            admin.createTopics(missing).values().forEach((topic, created) -> awaitCreated(topic, created));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while provisioning topics", e);
        }
    }

    private NewTopic newTopic(String topic) {
        NewTopic newTopic = new NewTopic(topic, Topics.isPartyTopic(topic) ? Topics.PARTY_TOPIC_PARTITIONS : partitions,
                (short) -1);
        newTopic.configs(TopicRetention.configsOf(topic, deadLetterRetention));
        return newTopic;
    }

    private static void awaitCreated(String topic, org.apache.kafka.common.KafkaFuture<Void> created) {
        try {
            created.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // Another instance created it between our listing and our request: that is the outcome we wanted.
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause().getMessage(), e);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out creating topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
