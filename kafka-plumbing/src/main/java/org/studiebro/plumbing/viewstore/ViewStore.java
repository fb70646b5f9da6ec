package org.studiebro.plumbing.viewstore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Status;
import org.rocksdb.WriteBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The views' data off the heap, in an embedded RocksDB with a column family per view, so that the service keeps
 * its -Xmx256m however many applications a year brings. The store outlives the process, as Kafka Streams' state
 * does: each view keeps, with its values, the offsets it has applied ({@link ViewTable}), and goes on from there at
 * the next start. It is opened over what the last run left, and started afresh only when that is lost: a corrupt
 * database, or one without this version's format mark (a store of an older version, or one killed before it was
 * marked). How it runs, its memory and its write-ahead log: {@link StoreOptions}.
 */
public final class ViewStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ViewStore.class);

    // In the default column family, which no view uses.
    private static final byte[] FORMAT_KEY = "studiebro.views.format".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FORMAT = "1: JSON values, positions and topic ids".getBytes(StandardCharsets.UTF_8);

    static {
        RocksDB.loadLibrary();
    }

    private final Path directory;
    private final boolean temporary;
    private final StoreOptions options = new StoreOptions();
    // Changed only under the write lock: a view's family is replaced when it starts over.
    private final Map<String, Family> families = new HashMap<>();
    private final List<ViewTable<?>> tables = new CopyOnWriteArrayList<>();
    // RocksJava does not check that its handles are still open: a call after close may crash the JVM, not throw.
    private final ReadWriteLock openLock = new ReentrantReadWriteLock();
    private final RocksDB db;
    private boolean closed;

    public ViewStore(ViewStoreProperties properties) {
        temporary = properties.directory() == null;
        directory = temporary ? StoreDirectory.createTemporary() : properties.directory();
        StoreDirectory.requireEmptyOrDatabase(directory);
        db = open();
    }

    /** The view named {@code name}, its values kept as JSON of {@code type}, built from {@code topics}. */
    public <V> ViewTable<V> table(String name, Class<V> type, Set<String> topics) {
        return table(name, new JsonCodec<>(type), topics);
    }

    /** The view named {@code name}, built from {@code topics}, whose values are bytes it encodes itself. */
    public ViewTable<byte[]> table(String name, Set<String> topics) {
        return table(name, ValueCodec.bytes(), topics);
    }

    private <V> ViewTable<V> table(String name, ValueCodec<V> codec, Set<String> topics) {
        Family family = exclusively(() -> {
            if (!families.containsKey(name)) {
                families.put(name, new Family(name, db.createColumnFamily(descriptor(name))));
            }
            return families.get(name);
        });
        ViewTable<V> table = new ViewTable<>(this, family, codec, topics);
        tables.add(table);
        return table;
    }

    /** Every table handed out, for {@link ViewResumption}. */
    List<ViewTable<?>> tables() {
        return List.copyOf(tables);
    }

    byte[] get(Family family, byte[] key) {
        return whileOpen(() -> db.get(family.handle, key));
    }

    /** Writes the entries at once: a crash leaves all of them or none. */
    void write(Family family, List<Entry> entries) {
        whileOpen(() -> {
            try (WriteBatch batch = new WriteBatch()) {
                for (Entry entry : entries) {
                    batch.put(family.handle, entry.key(), entry.value());
                }
                db.write(options.write, batch);
            }
            return null;
        });
    }

    /** The entries whose keys begin with {@code prefix}. */
    List<Entry> startingWith(Family family, byte[] prefix) {
        return whileOpen(() -> {
            List<Entry> entries = new ArrayList<>();
            try (RocksIterator iterator = db.newIterator(family.handle)) {
                for (iterator.seek(prefix); iterator.isValid() && ViewKeys.startsWith(iterator.key(), prefix); iterator.next()) {
                    entries.add(new Entry(iterator.key(), iterator.value()));
                }
            }
            return entries;
        });
    }

    /** Empties the view at once (values and bookkeeping) by dropping its column family and creating it anew. */
    void clear(Family family) {
        exclusively(() -> {
            db.dropColumnFamily(family.handle);
            family.handle.close();
            family.handle = db.createColumnFamily(descriptor(family.name));
            return null;
        });
    }

    private RocksDB open() {
        boolean existed = StoreDirectory.holdsDatabase(directory);
        try {
            RocksDB opened = openFamilies();
            if (!existed) {
                opened.put(options.write, FORMAT_KEY, FORMAT);
                return opened;
            }
            if (Arrays.equals(opened.get(FORMAT_KEY), FORMAT)) {
                return opened;
            }
            log.warn("{} holds no view store of this version: the views start over from their topics", directory);
            closeFamilies(opened);
        } catch (RocksDBException e) {
            if (e.getStatus() == null || e.getStatus().getCode() != Status.Code.Corruption) {
                throw new IllegalStateException("Cannot open the view store in " + directory, e);
            }
            log.warn("The view store in {} is corrupt, the views start over from their topics: {}", directory,
                    e.getMessage());
        }
        StoreDirectory.empty(directory);
        return open();
    }

    private RocksDB openFamilies() throws RocksDBException {
        List<byte[]> names;
        try (Options listing = new Options()) {
            names = StoreDirectory.holdsDatabase(directory)
                    ? RocksDB.listColumnFamilies(listing, directory.toString())
                    : List.of(RocksDB.DEFAULT_COLUMN_FAMILY);
        }
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        RocksDB opened = RocksDB.open(options.database, directory.toString(),
                names.stream().map(name -> new ColumnFamilyDescriptor(name, options.view)).toList(), handles);
        for (int i = 0; i < names.size(); i++) {
            String name = new String(names.get(i), StandardCharsets.UTF_8);
            families.put(name, new Family(name, handles.get(i)));
        }
        return opened;
    }

    private void closeFamilies(RocksDB opened) {
        families.values().forEach(family -> family.handle.close());
        families.clear();
        opened.close();
    }

    private ColumnFamilyDescriptor descriptor(String name) {
        return new ColumnFamilyDescriptor(name.getBytes(StandardCharsets.UTF_8), options.view);
    }

    private <T> T whileOpen(StoreCall<T> call) {
        return locked(openLock.readLock(), call);
    }

    private <T> T exclusively(StoreCall<T> call) {
        return locked(openLock.writeLock(), call);
    }

    private <T> T locked(Lock lock, StoreCall<T> call) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The view store is closed");
            }
            return call.run();
        } catch (RocksDBException e) {
            throw new IllegalStateException("The view store failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Closes the store, which stays on disk for the next start; a temporary one has no next start and is deleted. */
    @Override
    public void close() {
        openLock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeFamilies(db);
            options.close();
            if (temporary) {
                StoreDirectory.delete(directory);
            }
        } finally {
            openLock.writeLock().unlock();
        }
    }

    /** A view's column family; its handle is replaced, under the write lock, when the view starts over. */
    static final class Family {

        private final String name;
        private ColumnFamilyHandle handle;

        private Family(String name, ColumnFamilyHandle handle) {
            this.name = name;
            this.handle = handle;
        }

        String name() {
            return name;
        }
    }

    /** A key and its value as stored. */
    record Entry(byte[] key, byte[] value) {
    }

    @FunctionalInterface
    private interface StoreCall<T> {
        T run() throws RocksDBException;
    }
}
