package org.studiebro.plumbing.viewstore;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.listener.ConsumerSeekAware.ConsumerSeekCallback;
import org.studiebro.plumbing.viewstore.ViewStore.Entry;

/**
 * One view in the {@link ViewStore}: values by key (an application id), decoded on every read, and the offset its
 * listener goes on from in each topic-partition it reads.
 * <p>
 * A change that applies a record of the view's topics is written in one batch with the offset after that record,
 * so that after a crash the view and its positions agree: what the view holds is exactly what the records before
 * its positions made of it, and the listener goes on from there ({@link #seekToStoredPositions}). A change from
 * elsewhere (intake showing an application it has just accepted, a replayed dead letter) moves no position; its
 * record is applied again when the listener reaches it, so each view must apply a record twice as it applies it
 * once.
 * <p>
 * RocksDB has no read-modify-write of its own, and a view is written from its listener's thread and from request
 * threads: updates of one key are serialised by a lock striped over the keys, so that neither overwrites the
 * other's change. Reads take no lock: a value is written whole.
 */
public final class ViewTable<V> {

    private static final int STRIPES = 64;

    private final ViewStore store;
    private final ViewStore.Family family;
    private final ValueCodec<V> codec;
    private final Set<String> topics;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    ViewTable(ViewStore store, ViewStore.Family family, ValueCodec<V> codec, Set<String> topics) {
        this.store = store;
        this.family = family;
        this.codec = codec;
        this.topics = Set.copyOf(topics);
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** One key's value: a point lookup. */
    public Optional<V> get(String key) {
        return Optional.ofNullable(store.get(family, ViewKeys.value(key))).map(codec::decode);
    }

    public boolean contains(String key) {
        return store.get(family, ViewKeys.value(key)) != null;
    }

    /** The values of the keys that begin with {@code prefix}, in key order. */
    public List<V> valuesStartingWith(String prefix) {
        return store.startingWith(family, ViewKeys.value(prefix)).stream().map(entry -> codec.decode(entry.value()))
                .toList();
    }

    /**
     * Writes the values at once, and with them the position after {@code applied} (also when there are none), for
     * a view that keeps one record's change under several keys; the caller keeps others from writing those keys
     * meanwhile.
     *
     * @param applied the record of the view's topics this change applies; null for a change from elsewhere
     */
    public void putAll(Map<String, V> values, @Nullable ConsumerRecord<?, ?> applied) {
        List<Entry> changes = new ArrayList<>(values.size() + 1);
        values.forEach((key, value) -> changes.add(new Entry(ViewKeys.value(key), codec.encode(value))));
        if (applied != null) {
            changes.add(ViewKeys.position(new TopicPartition(applied.topic(), applied.partition()),
                    applied.offset() + 1));
        }
        if (!changes.isEmpty()) {
            store.write(family, changes);
        }
    }

    /** Keeps {@code value} unless the key already has one; moves no position. */
    public void putIfAbsent(String key, V value) {
        putIfAbsent(key, value, null);
    }

    /** Keeps {@code value} unless the key already has one, and the position after {@code applied}. */
    public void putIfAbsent(String key, V value, @Nullable ConsumerRecord<?, ?> applied) {
        compute(key, current -> current == null ? value : current, applied);
    }

    /** As {@link #compute(String, UnaryOperator, ConsumerRecord)} for a change from elsewhere: moves no position. */
    public V compute(String key, UnaryOperator<V> remapping) {
        return compute(key, remapping, null);
    }

    /**
     * Replaces the key's value by what {@code remapping} makes of it (null when there is none), with no other update
     * of that key in between; returning the current value unchanged writes no value.
     *
     * @param applied the record of the view's topics this change applies, whose next offset is written with the
     *                value in one batch (also when the value stays as it was); null for a change from elsewhere
     */
    public V compute(String key, UnaryOperator<V> remapping, @Nullable ConsumerRecord<?, ?> applied) {
        byte[] keyBytes = ViewKeys.value(key);
        ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), STRIPES)];
        lock.lock();
        try {
            byte[] stored = store.get(family, keyBytes);
            V current = stored == null ? null : codec.decode(stored);
            V next = Objects.requireNonNull(remapping.apply(current), "A view value cannot be null");
            List<Entry> changes = new ArrayList<>(2);
            if (next != current) {
                changes.add(new Entry(keyBytes, codec.encode(next)));
            }
            if (applied != null) {
                changes.add(ViewKeys.position(new TopicPartition(applied.topic(), applied.partition()),
                        applied.offset() + 1));
            }
            if (!changes.isEmpty()) {
                store.write(family, changes);
            }
            return next;
        } finally {
            lock.unlock();
        }
    }

    /**
     * For the view's listener when its partitions are assigned (before its first poll): each partition goes on
     * from the position stored for it, one the view has never read from the beginning.
     */
    public void seekToStoredPositions(Collection<TopicPartition> assigned, ConsumerSeekCallback callback) {
        Map<TopicPartition, Long> positions = positions();
        for (TopicPartition partition : assigned) {
            Long position = positions.get(partition);
            if (position == null) {
                callback.seekToBeginning(partition.topic(), partition.partition());
            } else {
                callback.seek(partition.topic(), partition.partition(), position);
            }
        }
    }

    String name() {
        return family.name();
    }

    Set<String> topics() {
        return topics;
    }

    /** The next offset to read of each topic-partition the view has applied records of. */
    public Map<TopicPartition, Long> positions() {
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (Entry entry : store.startingWith(family, ViewKeys.POSITIONS)) {
            positions.put(ViewKeys.partitionOf(entry.key()), ViewKeys.offsetOf(entry.value()));
        }
        return positions;
    }

    /** The ids of the topics the positions belong to, as they were when the view last started. */
    Map<String, String> topicIds() {
        Map<String, String> ids = new HashMap<>();
        for (Entry entry : store.startingWith(family, ViewKeys.TOPIC_IDS)) {
            ids.put(ViewKeys.topicOf(entry.key()), new String(entry.value(), StandardCharsets.UTF_8));
        }
        return ids;
    }

    void keepTopicIds(Map<String, String> ids) {
        List<Entry> entries = ids.entrySet().stream()
                .map(id -> ViewKeys.topicId(id.getKey(), id.getValue()))
                .toList();
        if (!entries.isEmpty()) {
            store.write(family, entries);
        }
    }

    /** Forgets every value and position at once: the view is read again from the beginning of its topics. */
    void startOver() {
        store.clear(family);
    }
}
