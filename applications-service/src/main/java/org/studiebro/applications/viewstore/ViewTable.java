package org.studiebro.applications.viewstore;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

import org.rocksdb.ColumnFamilyHandle;

/**
 * One view in the {@link ViewStore}: values by key (an application id), decoded on every read.
 * <p>
 * RocksDB has no read-modify-write of its own, and a view is written from its listener's thread and from request
 * threads (intake showing an application it has just accepted): updates of one key are serialised by a lock
 * striped over the keys, so that neither overwrites the other's change. Reads take no lock: a value is written
 * whole.
 */
public final class ViewTable<V> {

    private static final int STRIPES = 64;

    private final ViewStore store;
    private final ColumnFamilyHandle family;
    private final JsonCodec<V> codec;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    ViewTable(ViewStore store, ColumnFamilyHandle family, JsonCodec<V> codec) {
        this.store = store;
        this.family = family;
        this.codec = codec;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    public Optional<V> get(String key) {
        return Optional.ofNullable(store.get(family, bytes(key))).map(codec::decode);
    }

    /** Keeps {@code value} unless the key already has one. */
    public void putIfAbsent(String key, V value) {
        compute(key, current -> current == null ? value : current);
    }

    /**
     * Replaces the key's value by what {@code remapping} makes of it (null when there is none), with no other update
     * of that key in between; returning the current value unchanged writes nothing.
     */
    public V compute(String key, UnaryOperator<V> remapping) {
        byte[] keyBytes = bytes(key);
        ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), STRIPES)];
        lock.lock();
        try {
            byte[] stored = store.get(family, keyBytes);
            V current = stored == null ? null : codec.decode(stored);
            V next = Objects.requireNonNull(remapping.apply(current), "A view value cannot be null");
            if (next != current) {
                store.put(family, keyBytes, codec.encode(next));
            }
            return next;
        } finally {
            lock.unlock();
        }
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
