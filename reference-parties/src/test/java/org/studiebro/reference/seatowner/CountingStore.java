package org.studiebro.reference.seatowner;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * An ordered in-memory key-value store, as the seat owner's persistent stores order their string keys (for the
 * ASCII keys of the tests, Java's String order is the UTF-8 byte order), that counts what it is asked to do: calls
 * and entries read through iterators. Its iterators are views: the seat owner writes no store it is iterating. What a request costs is then what it reads and writes, not a timing.
 */
final class CountingStore<V> implements KeyValueStore<String, V> {

    private final String name;
    private final NavigableMap<String, V> entries = new TreeMap<>();
    private long operations;

    CountingStore(String name) {
        this.name = name;
    }

    /** Store calls plus entries read by iterators, since the store was made. */
    long operations() {
        return operations;
    }

    Collection<V> values() {
        return entries.values();
    }

    @Override
    public V get(String key) {
        operations++;
        return entries.get(key);
    }

    @Override
    public void put(String key, V value) {
        operations++;
        if (value == null) {
            entries.remove(key);
        } else {
            entries.put(key, value);
        }
    }

    @Override
    public V putIfAbsent(String key, V value) {
        V current = get(key);
        if (current == null) {
            put(key, value);
        }
        return current;
    }

    @Override
    public void putAll(List<KeyValue<String, V>> all) {
        all.forEach(entry -> put(entry.key, entry.value));
    }

    @Override
    public V delete(String key) {
        operations++;
        return entries.remove(key);
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        operations++;
        return iterator(entries.subMap(from, true, to, true).entrySet().iterator());
    }

    @Override
    public KeyValueIterator<String, V> reverseRange(String from, String to) {
        operations++;
        return iterator(entries.subMap(from, true, to, true).descendingMap().entrySet().iterator());
    }

    @Override
    public KeyValueIterator<String, V> all() {
        operations++;
        return iterator(entries.entrySet().iterator());
    }

    @Override
    public long approximateNumEntries() {
        return entries.size();
    }

    /** Lazily over the map's view, as the stores read: one entry read per next(). */
    private KeyValueIterator<String, V> iterator(Iterator<Map.Entry<String, V>> source) {
        return new KeyValueIterator<>() {

            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public KeyValue<String, V> next() {
                operations++;
                Map.Entry<String, V> entry = source.next();
                return KeyValue.pair(entry.getKey(), entry.getValue());
            }

            @Override
            public String peekNextKey() {
                throw new UnsupportedOperationException("the seat owner does not peek");
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return true;
    }
}
