package org.studiebro.platform.access;

import java.util.List;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.studiebro.schemas.Topics;

/**
 * The operators' tools read every topic (watch masks personal data before printing it) and their settings (dead-letter
 * retention), in consumer groups named after the operators' user if at all, and write only the replay topics,
 * transactionally under the replay command's ids.
 */
final class OperatorAccess {

    private OperatorAccess() {
    }

    static List<AclBinding> bindings() {
        String[] everyTopic = {ResourcePattern.WILDCARD_RESOURCE};
        return Grants.of(Principals.OPERATOR)
                .allow(ResourceType.TOPIC, PatternType.LITERAL, everyTopic, AclOperation.READ)
                .allow(ResourceType.TOPIC, PatternType.LITERAL, everyTopic, AclOperation.DESCRIBE_CONFIGS)
                .writesEvery(Topics.REPLAYS_PREFIX)
                .transacts("studiebro-replay-")
                .groups(Principals.OPERATOR)
                .bindings();
    }
}
