package org.studiebro.platform.access;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/** What one principal may do on the broker, built up as ACL bindings: nothing is allowed that is not listed here. */
final class Grants {

    private final String principal;
    private final List<AclBinding> bindings = new ArrayList<>();

    private Grants(String principal) {
        this.principal = principal;
    }

    static Grants of(String user) {
        return new Grants("User:" + user);
    }

    /** Reads the topics, each named exactly. */
    Grants reads(String... topics) {
        return allow(ResourceType.TOPIC, PatternType.LITERAL, topics, AclOperation.READ);
    }

    /** Reads every topic whose name starts with one of {@code prefixes} (a family of per-party topics). */
    Grants readsEvery(String... prefixes) {
        return allow(ResourceType.TOPIC, PatternType.PREFIXED, prefixes, AclOperation.READ);
    }

    /** Writes the topics, and creates them when missing. */
    Grants writes(String... topics) {
        allow(ResourceType.TOPIC, PatternType.LITERAL, topics, AclOperation.WRITE);
        return allow(ResourceType.TOPIC, PatternType.LITERAL, topics, AclOperation.CREATE);
    }

    /** Writes, and creates, every topic whose name starts with one of {@code prefixes}. */
    Grants writesEvery(String... prefixes) {
        allow(ResourceType.TOPIC, PatternType.PREFIXED, prefixes, AclOperation.WRITE);
        return allow(ResourceType.TOPIC, PatternType.PREFIXED, prefixes, AclOperation.CREATE);
    }

    /** Creates the topics and keeps their settings (retention), without writing them. */
    Grants creates(String... topics) {
        allow(ResourceType.TOPIC, PatternType.LITERAL, topics, AclOperation.CREATE);
        allow(ResourceType.TOPIC, PatternType.LITERAL, topics, AclOperation.DESCRIBE_CONFIGS);
        return allow(ResourceType.TOPIC, PatternType.LITERAL, topics, AclOperation.ALTER_CONFIGS);
    }

    /** Creates every topic whose name starts with one of {@code prefixes}, without reading or writing them. */
    Grants createsEvery(String... prefixes) {
        return allow(ResourceType.TOPIC, PatternType.PREFIXED, prefixes, AclOperation.CREATE);
    }

    /**
     * Owns everything named with {@code prefix}: its consumer groups, transactional ids and its Kafka Streams
     * applications' internal topics (changelogs, repartition topics), which Streams creates, trims and deletes.
     */
    Grants owns(String prefix) {
        groups(prefix);
        transacts(prefix);
        return allow(ResourceType.TOPIC, PatternType.PREFIXED, new String[] {prefix}, AclOperation.ALL);
    }

    /** Reads in consumer groups whose ids start with {@code prefix}, committing their offsets. */
    Grants groups(String prefix) {
        String[] named = {prefix};
        allow(ResourceType.GROUP, PatternType.PREFIXED, named, AclOperation.READ);
        return allow(ResourceType.GROUP, PatternType.PREFIXED, named, AclOperation.DESCRIBE);
    }

    /** Writes in transactions whose ids start with {@code prefix}. */
    Grants transacts(String prefix) {
        String[] named = {prefix};
        allow(ResourceType.TRANSACTIONAL_ID, PatternType.PREFIXED, named, AclOperation.WRITE);
        return allow(ResourceType.TRANSACTIONAL_ID, PatternType.PREFIXED, named, AclOperation.DESCRIBE);
    }

    Grants allow(ResourceType type, PatternType pattern, String[] names, AclOperation operation) {
        for (String name : names) {
            bindings.add(new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW)));
        }
        return this;
    }

    List<AclBinding> bindings() {
        return List.copyOf(bindings);
    }
}
