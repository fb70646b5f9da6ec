package org.studiebro.plumbing.viewstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewTableTest {

    @TempDir
    Path temporary;

    private ViewStore store;
    private ViewTable<Counted> table;

    @BeforeEach
    void openStore() {
        store = new ViewStore(new ViewStoreProperties(temporary.resolve("views")));
        table = store.table("table", Counted.class, Set.of("applications.submitted"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aRecordMovesItsPartitionsPositionAlsoWhenItChangesNothingAndAChangeFromElsewhereMovesNone() {
        table.putIfAbsent("app-1", new Counted(1), record(0, 5));
        table.putIfAbsent("app-1", new Counted(2), record(0, 6));
        table.putIfAbsent("app-2", new Counted(3), record(1, 0));
        table.putIfAbsent("app-3", new Counted(4));
        table.compute("app-3", current -> new Counted(current.count() + 1));

        assertThat(table.get("app-1")).contains(new Counted(1));
        assertThat(table.get("app-3")).contains(new Counted(5));
        assertThat(table.positions()).containsOnly(Map.entry(partition(0), 7L), Map.entry(partition(1), 1L));
    }

    @Test
    void seeksEachPartitionToItsStoredPositionAndOneItHasNeverReadToTheBeginning() {
        table.putIfAbsent("app-1", new Counted(1), record(0, 9));
        RecordingSeeks seeks = new RecordingSeeks();

        table.seekToStoredPositions(List.of(partition(0), partition(1)), seeks);

        assertThat(seeks.seeks).containsExactlyInAnyOrder("applications.submitted-0@10",
                "applications.submitted-1@beginning");
    }

    @Test
    void refusesAnIdThatWouldBeTakenForBookkeeping() {
        assertThatThrownBy(() -> table.putIfAbsent("\0position\0x\0" + 1, new Counted(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(table.positions()).isEmpty();
    }

    private static ConsumerRecord<String, Object> record(int partition, long offset) {
        return new ConsumerRecord<>("applications.submitted", partition, offset, "key", "value");
    }

    private static TopicPartition partition(int partition) {
        return new TopicPartition("applications.submitted", partition);
    }

    record Counted(int count) {
    }
}
