package org.studiebro.notification.dispatched;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An embedded RocksDB holding the view of notifications.dispatched off the Java heap: a region's year is hundreds of
 * thousands of applications, each several notifications, which filled the heap when kept as objects. Opened empty,
 * as the view is rebuilt from the topic at every start, and destroyed on close. Safe for concurrent use; after close
 * every call fails with IllegalStateException (never touching the freed native handle).
 */
@Component
class DispatchedStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchedStore.class);
    private static final long BLOCK_CACHE_BYTES = 8L * 1024 * 1024;
    private static final long WRITE_BUFFER_BYTES = 8L * 1024 * 1024;

    static {
        RocksDB.loadLibrary();
    }

    private final Path directory;
    private final LRUCache blockCache = new LRUCache(BLOCK_CACHE_BYTES);
    private final BloomFilter bloomFilter = new BloomFilter(10);
    private final Options options = new Options();
    // No write-ahead log: the store is rebuilt from the topic at every start, so nothing needs to survive a crash.
    private final WriteOptions writeOptions = new WriteOptions().setDisableWAL(true);
    private final RocksDB db;
    private final ReadWriteLock closing = new ReentrantReadWriteLock();
    private boolean closed;

    DispatchedStore(DispatchedViewProperties properties) {
        options.setCreateIfMissing(true)
                .setWriteBufferSize(WRITE_BUFFER_BYTES)
                // Nothing is kept at shutdown, so the memtables need not be flushed to disk then.
                .setAvoidFlushDuringShutdown(true)
                // Most lookups are for deliveries and event ids not yet seen: the filter answers them without a read.
                .setTableFormatConfig(new BlockBasedTableConfig().setBlockCache(blockCache)
                        .setFilterPolicy(bloomFilter));
        try {
            directory = properties.viewDirectory() != null ? properties.viewDirectory()
                    : Files.createTempDirectory("notification-dispatched-");
            // RocksDB locks a file in the directory even to destroy a store, so the directory must exist first.
            Files.createDirectories(directory);
            // Only RocksDB's own files are removed, so a mistaken directory setting cannot wipe anything else.
            RocksDB.destroyDB(directory.toString(), options);
            db = RocksDB.open(options, directory.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the dispatched notifications' directory", e);
        } catch (RocksDBException e) {
            throw new IllegalStateException("Could not open the dispatched notifications' store", e);
        }
        LOG.info("Dispatched notifications kept in {}", directory);
    }

    Path directory() {
        return directory;
    }

    boolean contains(String key) {
        return whileOpen(() -> db.keyExists(bytes(key)));
    }

    /** The value of the key, or null when there is none. */
    byte[] get(String key) {
        return whileOpen(() -> {
            try {
                return db.get(bytes(key));
            } catch (RocksDBException e) {
                throw new IllegalStateException("Could not read the dispatched notifications' store", e);
            }
        });
    }

    /** Writes the entries at once: a reader sees all of them or none. */
    void write(Map<String, byte[]> entries) {
        whileOpen(() -> {
            try (WriteBatch batch = new WriteBatch()) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    batch.put(bytes(entry.getKey()), entry.getValue());
                }
                db.write(writeOptions, batch);
            } catch (RocksDBException e) {
                throw new IllegalStateException("Could not write to the dispatched notifications' store", e);
            }
            return null;
        });
    }

    /** The values of the keys that start with the prefix, in key order. */
    List<byte[]> valuesStartingWith(String prefix) {
        byte[] start = bytes(prefix);
        return whileOpen(() -> {
            List<byte[]> values = new ArrayList<>();
            try (RocksIterator iterator = db.newIterator()) {
                for (iterator.seek(start); iterator.isValid() && startsWith(iterator.key(), start); iterator.next()) {
                    values.add(iterator.value());
                }
            }
            return values;
        });
    }

    @Override
    public void close() {
        Lock lock = closing.writeLock();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            db.close();
            destroy();
            writeOptions.close();
            options.close();
            bloomFilter.close();
            blockCache.close();
        } finally {
            lock.unlock();
        }
    }

    private void destroy() {
        try {
            RocksDB.destroyDB(directory.toString(), options);
            Files.deleteIfExists(directory);
        } catch (RocksDBException | IOException e) {
            LOG.warn("Could not remove the dispatched notifications' store at {}: {}", directory, e.toString());
        }
    }

    private <T> T whileOpen(Supplier<T> operation) {
        Lock lock = closing.readLock();
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The dispatched notifications' store is closed");
            }
            return operation.get();
        } finally {
            lock.unlock();
        }
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
