package org.studiebro.plumbing.viewstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;

class ViewStoreTest {

    private static final Set<String> TOPICS = Set.of("applications.submitted");

    @TempDir
    Path temporary;

    private final List<ViewStore> opened = new ArrayList<>();

    @AfterEach
    void closeStores() {
        opened.forEach(ViewStore::close);
    }

    @Test
    void updatesOfOneKeyFromManyThreadsLoseNone() throws Exception {
        ViewTable<Counted> table = open(temporary.resolve("views")).table("counts", Counted.class, TOPICS);
        int threads = 8;
        int increments = 500;
        String[] keys = {"app-1", "app-2", "app-3"};
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(executor.submit(() -> {
                    start.await();
                    for (int i = 0; i < increments; i++) {
                        for (String key : keys) {
                            table.compute(key, current -> new Counted(current == null ? 1 : current.count() + 1));
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            executor.shutdownNow();
        }

        for (String key : keys) {
            assertThat(table.get(key)).contains(new Counted(threads * increments));
        }
    }

    @Test
    void keepsManyMoreKeysThanItsWriteBuffersHold() {
        ViewTable<Tracked> table = open(temporary.resolve("views")).table("many", Tracked.class, TOPICS);
        int keys = 100_000;
        String padding = "x".repeat(300);
        for (int i = 0; i < keys; i++) {
            table.putIfAbsent("app-" + i, new Tracked(i, padding + i));
        }
        table.putIfAbsent("app-7", new Tracked(-1, "second"));

        assertThat(table.get("app-0")).contains(new Tracked(0, padding + 0));
        assertThat(table.get("app-7")).contains(new Tracked(7, padding + 7));
        assertThat(table.get("app-" + (keys - 1))).contains(new Tracked(keys - 1, padding + (keys - 1)));
        for (int i = 0; i < keys; i += 997) {
            assertThat(table.get("app-" + i)).map(Tracked::version).contains(i);
        }
        assertThat(table.get("app-" + keys)).isEmpty();
    }

    @Test
    void keepsItsValuesPositionsAndTopicIdsAcrossAReopen() {
        Path directory = temporary.resolve("views");
        ViewStore store = open(directory);
        ViewTable<Counted> table = store.table("kept", Counted.class, TOPICS);
        table.putIfAbsent("app-1", new Counted(1), record(2, 41));
        table.keepTopicIds(Map.of("applications.submitted", "topic-id-1"));
        store.close();
        assertThat(directory.resolve("CURRENT")).exists();

        ViewTable<Counted> reopened = open(directory).table("kept", Counted.class, TOPICS);
        assertThat(reopened.get("app-1")).contains(new Counted(1));
        assertThat(reopened.positions()).containsExactly(Map.entry(partition(2), 42L));
        assertThat(reopened.topicIds()).containsExactly(Map.entry("applications.submitted", "topic-id-1"));
    }

    @Test
    void startingOverForgetsTheViewsValuesAndPositionsForGoodAndNoOtherView() {
        Path directory = temporary.resolve("views");
        ViewStore store = open(directory);
        ViewTable<Counted> lost = store.table("lost", Counted.class, TOPICS);
        ViewTable<Counted> other = store.table("other", Counted.class, TOPICS);
        lost.putIfAbsent("app-1", new Counted(1), record(0, 3));
        lost.keepTopicIds(Map.of("applications.submitted", "topic-id-1"));
        other.putIfAbsent("app-1", new Counted(2), record(0, 4));

        lost.startOver();
        assertThat(lost.get("app-1")).isEmpty();
        assertThat(lost.positions()).isEmpty();
        assertThat(lost.topicIds()).isEmpty();
        lost.putIfAbsent("app-2", new Counted(3), record(0, 0));
        store.close();

        ViewStore reopened = open(directory);
        assertThat(reopened.table("lost", Counted.class, TOPICS).get("app-1")).isEmpty();
        assertThat(reopened.table("lost", Counted.class, TOPICS).get("app-2")).contains(new Counted(3));
        assertThat(reopened.table("other", Counted.class, TOPICS).get("app-1")).contains(new Counted(2));
        assertThat(reopened.table("other", Counted.class, TOPICS).positions())
                .containsExactly(Map.entry(partition(0), 5L));
    }

    @Test
    void startsOverADatabaseThatIsNotAViewStoreOfThisVersion() throws Exception {
        Path directory = temporary.resolve("views");
        leaveAView(directory, "leftover", "app-1");

        ViewTable<Counted> table = open(directory).table("leftover", Counted.class, TOPICS);

        assertThat(table.get("app-1")).isEmpty();
        assertThat(table.positions()).isEmpty();
    }

    @Test
    void aTemporaryStoreIsDeletedOnCloseAndThenRefusesEveryCall() {
        Set<Path> before = temporaryStores();
        ViewStore store = open(null);
        ViewTable<Counted> table = store.table("temporary", Counted.class, TOPICS);
        table.putIfAbsent("app-1", new Counted(1));
        Set<Path> created = new HashSet<>(temporaryStores());
        created.removeAll(before);
        assertThat(created).hasSize(1);

        store.close();

        assertThat(created.iterator().next()).doesNotExist();
        assertThatThrownBy(() -> table.get("app-1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void refusesADirectoryThatIsNotAViewStore() throws Exception {
        Path directory = Files.createDirectories(temporary.resolve("somebody-elses"));
        Path file = Files.writeString(directory.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> open(directory)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a view store");
        assertThat(file).hasContent("keep me");
    }

    private ViewStore open(Path directory) {
        ViewStore store = new ViewStore(new ViewStoreProperties(directory));
        opened.add(store);
        return store;
    }

    private static Set<Path> temporaryStores() {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith("studiebro-views-"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConsumerRecord<String, Object> record(int partition, long offset) {
        return new ConsumerRecord<>("applications.submitted", partition, offset, "key", "value");
    }

    private static TopicPartition partition(int partition) {
        return new TopicPartition("applications.submitted", partition);
    }

    /** As a process of an earlier version, without positions, that died with its view store open would leave it. */
    private static void leaveAView(Path directory, String family, String key) throws Exception {
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        try (DBOptions options = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true);
                RocksDB db = RocksDB.open(options, directory.toString(), List.of(
                        new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY),
                        new ColumnFamilyDescriptor(family.getBytes(StandardCharsets.UTF_8))), handles)) {
            db.put(handles.get(1), key.getBytes(StandardCharsets.UTF_8),
                    "{\"count\":1}".getBytes(StandardCharsets.UTF_8));
            handles.forEach(ColumnFamilyHandle::close);
        }
    }

    record Counted(int count) {
    }

    record Tracked(int version, String status) {
    }
}
