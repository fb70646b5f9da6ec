package org.studiebro.plumbing.viewstore;

import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.Cache;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.LRUCache;
import org.rocksdb.WriteOptions;

/**
 * How the view store's RocksDB runs. Native memory is bounded: one 8 MB block cache that also holds index and
 * filter blocks, and per view at most two 8 MB write buffers.
 * <p>
 * Each write goes through the write-ahead log without sync: it is the operating system's as soon as the write
 * returns, so a killed process loses none of it; a crash of the machine may lose the last writes, values and
 * positions alike, because a batch is recovered whole or not at all.
 */
final class StoreOptions implements AutoCloseable {

    private static final long BLOCK_CACHE_BYTES = 8L << 20;
    private static final long WRITE_BUFFER_BYTES = 8L << 20;
    private static final int MAX_WRITE_BUFFERS = 2;
    // The log replayed at open is at most this long: a slowly written view is flushed rather than keep old logs.
    private static final long MAX_WAL_BYTES = 64L << 20;

    private final Cache blockCache = new LRUCache(BLOCK_CACHE_BYTES);
    private final BloomFilter bloomFilter = new BloomFilter(10);
    final ColumnFamilyOptions view = new ColumnFamilyOptions()
            .setWriteBufferSize(WRITE_BUFFER_BYTES)
            .setMaxWriteBufferNumber(MAX_WRITE_BUFFERS)
            .setCompressionType(CompressionType.LZ4_COMPRESSION)
            .setTableFormatConfig(new BlockBasedTableConfig()
                    .setBlockCache(blockCache)
                    .setCacheIndexAndFilterBlocks(true)
                    .setPinL0FilterAndIndexBlocksInCache(true)
                    // Intake looks up every new application id, which is absent: the filter answers that.
                    .setFilterPolicy(bloomFilter));
    final DBOptions database = new DBOptions()
            .setCreateIfMissing(true)
            .setInfoLogLevel(InfoLogLevel.WARN_LEVEL)
            .setKeepLogFileNum(1)
            .setMaxTotalWalSize(MAX_WAL_BYTES)
            // The write-ahead log holds what the write buffers do: the next open replays it.
            .setAvoidFlushDuringShutdown(true);
    final WriteOptions write = new WriteOptions();

    @Override
    public void close() {
        write.close();
        database.close();
        view.close();
        bloomFilter.close();
        blockCache.close();
    }
}
