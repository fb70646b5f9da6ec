package org.studiebro.applications.viewstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.Cache;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteOptions;
import org.springframework.stereotype.Component;

/**
 * The views' data off the heap, in an embedded RocksDB with a column family per view, so that the service keeps
 * its -Xmx256m however many applications a year brings. The views are rebuilt from their topics at every start,
 * so the store opens empty (its directory wiped) when Spring creates it, and is deleted when Spring closes it,
 * after the listener containers and the web server have stopped.
 * <p>
 * Native memory is bounded: one 8 MB block cache that also holds index and filter blocks, and per view at most
 * two 8 MB write buffers.
 */
@Component
public final class ViewStore implements AutoCloseable {

    private static final long BLOCK_CACHE_BYTES = 8L << 20;
    private static final long WRITE_BUFFER_BYTES = 8L << 20;
    private static final int MAX_WRITE_BUFFERS = 2;

    static {
        RocksDB.loadLibrary();
    }

    private final Path directory;
    private final Cache blockCache = new LRUCache(BLOCK_CACHE_BYTES);
    private final BloomFilter bloomFilter = new BloomFilter(10);
    private final ColumnFamilyOptions viewOptions;
    private final DBOptions options;
    private final WriteOptions writeOptions;
    private final RocksDB db;
    private final List<ColumnFamilyHandle> families = new ArrayList<>();
    // RocksJava does not check that its handles are still open: a call after close may crash the JVM, not throw.
    private final ReadWriteLock openLock = new ReentrantReadWriteLock();
    private boolean closed;

    public ViewStore(ViewStoreProperties properties) {
        directory = properties.directory();
        wipe(directory);
        viewOptions = new ColumnFamilyOptions()
                .setWriteBufferSize(WRITE_BUFFER_BYTES)
                .setMaxWriteBufferNumber(MAX_WRITE_BUFFERS)
                .setCompressionType(CompressionType.LZ4_COMPRESSION)
                .setTableFormatConfig(new BlockBasedTableConfig()
                        .setBlockCache(blockCache)
                        .setCacheIndexAndFilterBlocks(true)
                        .setPinL0FilterAndIndexBlocksInCache(true)
                        // Intake looks up every new application id, which is absent: the filter answers that.
                        .setFilterPolicy(bloomFilter));
        options = new DBOptions()
                .setCreateIfMissing(true)
                .setInfoLogLevel(InfoLogLevel.WARN_LEVEL)
                .setKeepLogFileNum(1)
                // Nothing here needs to outlive the process: no flush of the write buffers on close.
                .setAvoidFlushDuringShutdown(true);
        // No write-ahead log: a crash loses nothing, because the views are read again from Kafka at every start.
        writeOptions = new WriteOptions().setDisableWAL(true);
        try {
            db = RocksDB.open(options, directory.toString(),
                    List.of(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, viewOptions)), families);
        } catch (RocksDBException e) {
            throw new IllegalStateException("Cannot open the view store in " + directory, e);
        }
    }

    /** The view named {@code name}, its values kept as JSON of {@code type}. */
    public <V> ViewTable<V> table(String name, Class<V> type) {
        ColumnFamilyHandle family = whileOpen(() -> db.createColumnFamily(
                new ColumnFamilyDescriptor(name.getBytes(StandardCharsets.UTF_8), viewOptions)));
        synchronized (families) {
            families.add(family);
        }
        return new ViewTable<>(this, family, new JsonCodec<>(type));
    }

    byte[] get(ColumnFamilyHandle family, byte[] key) {
        return whileOpen(() -> db.get(family, key));
    }

    void put(ColumnFamilyHandle family, byte[] key, byte[] value) {
        whileOpen(() -> {
            db.put(family, writeOptions, key, value);
            return null;
        });
    }

    private <T> T whileOpen(StoreCall<T> call) {
        openLock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The view store is closed");
            }
            return call.run();
        } catch (RocksDBException e) {
            throw new IllegalStateException("The view store failed: " + e.getMessage(), e);
        } finally {
            openLock.readLock().unlock();
        }
    }

    @Override
    public void close() {
        openLock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            synchronized (families) {
                families.forEach(ColumnFamilyHandle::close);
            }
            db.close();
            writeOptions.close();
            options.close();
            viewOptions.close();
            bloomFilter.close();
            blockCache.close();
            delete(directory);
        } finally {
            openLock.writeLock().unlock();
        }
    }

    /** Leftovers of an earlier run of this instance; refused for a directory that is not a view store. */
    private static void wipe(Path directory) {
        try (Stream<Path> entries = Files.exists(directory) ? Files.list(directory) : Stream.empty()) {
            if (entries.findAny().isPresent() && !Files.exists(directory.resolve("CURRENT"))) {
                throw new IllegalStateException(directory + " is not empty and not a view store: not wiping it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        delete(directory);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface StoreCall<T> {
        T run() throws RocksDBException;
    }
}
