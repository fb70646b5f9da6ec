package org.studiebro.reference;

import org.studiebro.schemas.Topics;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;

/** The topics the {@link ManualPartiesTest} context reads and writes, created before it starts. */
final class ManualPartyTopics {

    private ManualPartyTopics() {
    }

    static void provision() {
        SharedInfrastructure infra = SharedInfrastructure.get();
        try (var provisioner = new TopicProvisioner(infra.kafkaClientConfig().settings(), infra.schemaRegistryUrl(),
                3)) {
            provisioner.provisionCore();
            provisioner.provision(Topics.seatOwnerTopics(ManualPartiesTest.OWNER));
            provisioner.provision(Topics.municipalityTopics(ManualPartiesTest.MUNICIPALITY));
            provisioner.provisionDeadLetters("reference-parties");
        }
    }
}
