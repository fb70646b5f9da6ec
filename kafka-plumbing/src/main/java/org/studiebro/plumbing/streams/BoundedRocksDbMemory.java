package org.studiebro.plumbing.streams;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * Kafka Streams' {@code rocksdb.config.setter} for the services' state stores: one block cache and one write-buffer
 * budget shared by every store of the JVM. By default each store of each task opens its own RocksDB with a 50 MB
 * block cache and up to three 16 MB memtables, so native memory grows with stores × partitions: the reference
 * parties reached 766 MB resident under load with a 256 MB heap.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

    static final long BLOCK_CACHE_BYTES = 32L * 1024 * 1024;
    static final long MEMTABLE_BYTES = 16L * 1024 * 1024;
    private static final double INDEX_AND_FILTER_SHARE = 0.1;
    private static final int MEMTABLES_PER_STORE = 2;
    private static final long MEMTABLE_SIZE = 4L * 1024 * 1024;

    static {
        // The native objects below need RocksDB's library, which Kafka Streams may not have loaded yet.
        RocksDB.loadLibrary();
    }

    // Shared by every store of this JVM for its whole life, so never closed with a store.
    private static final Cache CACHE = new LRUCache(BLOCK_CACHE_BYTES, -1, false, INDEX_AND_FILTER_SHARE);
    // Memtables count against the cache too, so the two budgets together stay within the cache's size.
    private static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(MEMTABLE_BYTES, CACHE);

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(WRITE_BUFFERS);
        options.setMaxWriteBufferNumber(MEMTABLES_PER_STORE);
        options.setWriteBufferSize(MEMTABLE_SIZE);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and write-buffer manager are shared by the other stores: nothing of this store's own to free.
    }
}
