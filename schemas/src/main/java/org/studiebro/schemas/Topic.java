package org.studiebro.schemas;

import java.util.regex.Pattern;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * One topic, or one family of per-party topics (seat-requests.&lt;seat owner&gt;), bound to the type of its keys, the
 * generated Avro class of its values and its one writer, as Confluent's {@code Topic<K, V>} binds a topic to its
 * serdes. The serde module builds typed serializers from it, so that a producer of the wrong type does not compile
 * and a producer of another service fails when it is made.
 */
public final class Topic<K, V extends SpecificRecord> {

    private final String name;
    private final boolean perParty;
    private final Pattern pattern;
    private final Class<K> keyType;
    private final Class<V> valueType;
    private final Service writer;

    private Topic(String name, boolean perParty, Class<K> keyType, Class<V> valueType, Service writer) {
        this.name = name;
        this.perParty = perParty;
        this.pattern = Pattern.compile(Pattern.quote(name) + (perParty ? "[a-z0-9][a-z0-9-]*" : ""));
        this.keyType = keyType;
        this.valueType = valueType;
        this.writer = writer;
    }

    static <K, V extends SpecificRecord> Topic<K, V> fixed(String name, Class<K> keyType, Class<V> valueType,
            Service writer) {
        return new Topic<>(name, false, keyType, valueType, writer);
    }

    /** The topics named {@code prefix + party id}, one per party. */
    static <K, V extends SpecificRecord> Topic<K, V> perParty(String prefix, Class<K> keyType, Class<V> valueType,
            Service writer) {
        return new Topic<>(prefix, true, keyType, valueType, writer);
    }

    /** The topic's name; for a per-party family the prefix its topics share ("seat-requests."). */
    public String name() {
        return name;
    }

    public boolean isPerParty() {
        return perParty;
    }

    /** The name of one party's topic of this family: "seat-requests.goteborg-vux". */
    public String nameFor(String party) {
        if (!perParty) {
            throw new IllegalStateException(name + " is one topic, not one per party");
        }
        if (!Topics.isPartyId(party)) {
            throw new IllegalArgumentException("not a party id (lowercase letters, digits, '-'): " + party);
        }
        return name + party;
    }

    /** Whether the named topic is this one, or one of this family. */
    public boolean matches(String topic) {
        return pattern.matcher(topic).matches();
    }

    public Class<K> keyType() {
        return keyType;
    }

    public Class<V> valueType() {
        return valueType;
    }

    public Schema valueSchema() {
        return SpecificData.get().getSchema(valueType);
    }

    public Service writer() {
        return writer;
    }

    @Override
    public String toString() {
        return perParty ? name + "<party>" : name;
    }
}
