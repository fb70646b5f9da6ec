package org.studiebro.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.SharedInfrastructure;

class TopicProvisionerIT {

    private final SharedInfrastructure infrastructure = SharedInfrastructure.get();

    @Test
    void createsTopicsCompactsReferenceDataAndRegistersSubjectsIdempotently() throws Exception {
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 2)) {
            provisioner.provisionCore();
            provisioner.provision(Topics.seatOwnerTopics("provisioner-it-owner"));
            provisioner.provisionDeadLetters("provisioner-it");
            // A second run finds everything in place and must neither fail nor change anything.
            provisioner.provisionCore();
            provisioner.provision(Topics.seatOwnerTopics("provisioner-it-owner"));
        }

        try (Admin admin = Admin.create(infrastructure.kafkaClientConfig().settings())) {
            Set<String> topics = admin.listTopics().names().get();
            assertThat(topics).contains(Topics.APPLICATIONS_SUBMITTED, Topics.CATALOG_COURSE_EVENTS,
                    "seat-requests.provisioner-it-owner", "seat-decisions.provisioner-it-owner",
                    "dead-letters.provisioner-it", "replays.provisioner-it");
            assertThat(admin.describeTopics(Set.of(Topics.APPLICATIONS_STATUS)).allTopicNames().get()
                    .get(Topics.APPLICATIONS_STATUS).partitions()).hasSize(2);
            // The hot path's topics are co-partitioned with the submissions; a party's own topics need only one.
            assertThat(admin.describeTopics(Set.of(Topics.ROUTING_SEAT_DECISIONS)).allTopicNames().get()
                    .get(Topics.ROUTING_SEAT_DECISIONS).partitions()).hasSize(2);
            assertThat(admin.describeTopics(Set.of("seat-requests.provisioner-it-owner")).allTopicNames().get()
                    .get("seat-requests.provisioner-it-owner").partitions()).hasSize(1);
            ConfigResource catalog = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CATALOG_COURSE_EVENTS);
            assertThat(admin.describeConfigs(Set.of(catalog)).all().get().get(catalog)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            ConfigResource status = new ConfigResource(ConfigResource.Type.TOPIC, Topics.APPLICATIONS_STATUS);
            assertThat(admin.describeConfigs(Set.of(status)).all().get().get(status)
                    .get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
            ConfigResource deadLetters = new ConfigResource(ConfigResource.Type.TOPIC, "dead-letters.provisioner-it");
            assertThat(admin.describeConfigs(Set.of(deadLetters)).all().get().get(deadLetters)
                    .get(TopicConfig.RETENTION_MS_CONFIG).value())
                    .isEqualTo(String.valueOf(Duration.ofDays(90).toMillis()));
        }

        SchemaRegistryClient registry = SchemaRegistryClient.create(infrastructure.schemaRegistryUrl());
        assertThat(registry.subjects()).contains("applications.submitted-value",
                "seat-requests.provisioner-it-owner-value").doesNotContain("dead-letters.provisioner-it-value");
    }
}
