package org.studiebro.plumbing.viewstore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The view store's directory on disk. */
final class StoreDirectory {

    private StoreDirectory() {
    }

    /** A fresh directory under java.io.tmpdir, for a store no later run will open again. */
    static Path createTemporary() {
        try {
            return Files.createTempDirectory("studiebro-views-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the directory when it is missing. One that holds files but no database is refused rather than used:
     * the store deletes its directory when it finds its data lost, and must never delete somebody else's files.
     */
    static void requireEmptyOrDatabase(Path directory) {
        try {
            Files.createDirectories(directory);
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent() && !holdsDatabase(directory)) {
                    throw new IllegalStateException(directory + " is not empty and not a view store: not using it");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether RocksDB has created a database here (its CURRENT file names the live manifest). */
    static boolean holdsDatabase(Path directory) {
        return Files.exists(directory.resolve("CURRENT"));
    }

    /** Deletes the directory and everything in it, then creates it again, empty. */
    static void empty(Path directory) {
        delete(directory);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path directory) {
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
}
