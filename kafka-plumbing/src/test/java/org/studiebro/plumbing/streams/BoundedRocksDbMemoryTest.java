package org.studiebro.plumbing.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;

class BoundedRocksDbMemoryTest {

    @Test
    void everyStoreSharesOneWriteBufferBudgetAndKeepsIndexesInTheCache() {
        BoundedRocksDbMemory setter = new BoundedRocksDbMemory();
        try (Options seats = storeOptions(); Options catalog = storeOptions()) {
            setter.setConfig("course-event-seats", seats, Map.of());
            setter.setConfig("catalog", catalog, Map.of());

            assertThat(seats.writeBufferManager()).isNotNull().isSameAs(catalog.writeBufferManager());
            assertThat(seats.maxWriteBufferNumber()).isEqualTo(2);
            assertThat(seats.writeBufferSize() * seats.maxWriteBufferNumber())
                    .isLessThanOrEqualTo(BoundedRocksDbMemory.MEMTABLE_BYTES);
            BlockBasedTableConfig table = (BlockBasedTableConfig) seats.tableFormatConfig();
            assertThat(table.cacheIndexAndFilterBlocks()).isTrue();
            assertThat(table.pinTopLevelIndexAndFilter()).isTrue();
            setter.close("course-event-seats", seats);
            setter.close("catalog", catalog);
        }
    }

    /** As Kafka Streams hands them to the setter: with a block-based table config of its own. */
    private static Options storeOptions() {
        return new Options().setTableFormatConfig(new BlockBasedTableConfig());
    }
}
