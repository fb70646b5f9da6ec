package org.studiebro.notification.dispatched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class DispatchedStoreTest {

    private static final byte[] VALUE = "value".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path parent;

    @Test
    void aStoreStartsEmptyWhateverAnEarlierProcessLeftInItsDirectoryAndRemovesItOnClose() throws Exception {
        Path directory = parent.resolve("view");
        try (Options options = new Options().setCreateIfMissing(true);
                RocksDB leftBehind = RocksDB.open(options, directory.toString())) {
            leftBehind.put("a/1".getBytes(StandardCharsets.UTF_8), VALUE);
        }

        try (DispatchedStore store = new DispatchedStore(new DispatchedViewProperties(directory))) {
            assertThat(store.contains("a/1")).isFalse();
            store.write(Map.of("a/2", VALUE));
            assertThat(store.valuesStartingWith("a/")).containsExactly(VALUE);
        }

        assertThat(directory).doesNotExist();
    }

    @Test
    void aConfiguredDirectoryThatDoesNotExistYetIsCreatedWithItsParents() {
        Path directory = parent.resolve("state/notification-service/views");
        try (DispatchedStore store = new DispatchedStore(new DispatchedViewProperties(directory))) {
            store.write(Map.of("e/1", VALUE));

            assertThat(store.contains("e/1")).isTrue();
            assertThat(directory).isDirectory();
        }
    }

    @Test
    void withoutADirectoryEachStoreHasANewOneOfItsOwn() {
        try (DispatchedStore one = new DispatchedStore(new DispatchedViewProperties(null));
                DispatchedStore other = new DispatchedStore(new DispatchedViewProperties(null))) {
            one.write(Map.of("e/1", VALUE));

            assertThat(one.directory()).isNotEqualTo(other.directory()).isDirectory();
            assertThat(other.contains("e/1")).isFalse();
            assertThat(one.contains("e/1")).isTrue();
        }
    }

    @Test
    void aClosedStoreRefusesEveryCall() {
        DispatchedStore store = new DispatchedStore(new DispatchedViewProperties(null));
        store.close();
        store.close();

        assertThat(store.directory()).doesNotExist();
        assertThatThrownBy(() -> store.contains("e/1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.write(Map.of("e/1", VALUE))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.valuesStartingWith("e/")).isInstanceOf(IllegalStateException.class);
    }
}
