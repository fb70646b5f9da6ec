package org.studiebro.infrastructure;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** The Apicurio Registry server from the local Maven repository, unpacked once per machine into a user cache. */
final class ApicurioDistribution {

    static final String VERSION = "3.3.3";

    private static final String ARCHIVE = "io/apicurio/apicurio-registry-app/" + VERSION
            + "/apicurio-registry-app-" + VERSION + "-all.tar.gz";
    private static final String RUNNER = "quarkus-run.jar";

    private ApicurioDistribution() {
    }

    /** The server's {@code quarkus-run.jar}, unpacking the distribution first if no complete copy exists yet. */
    static synchronized Path runnerJar() {
        Path home = Path.of(System.getProperty("user.home"), ".cache", "studiebro", "apicurio-registry-" + VERSION);
        if (!Files.isRegularFile(home.resolve(RUNNER))) {
            unpack(archive(), home);
        }
        return home.resolve(RUNNER);
    }

    private static Path archive() {
        Path repository = Path.of(System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        Path archive = repository.resolve(ARCHIVE);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("Apicurio Registry " + VERSION + " is not in the local Maven repository: "
                    + archive + " is missing. Resolve io.apicurio:apicurio-registry-app:" + VERSION
                    + ":tar.gz:all, for example by building the infrastructure module.");
        }
        return archive;
    }

    // Unpacks beside the target and renames, so that a concurrent JVM sees either nothing or a complete tree.
    private static void unpack(Path archive, Path home) {
        try {
            Files.createDirectories(home.getParent());
            Path staging = Files.createTempDirectory(home.getParent(), home.getFileName() + ".unpacking-");
            try {
                extract(archive, staging);
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileSystemException lostTheRace) {
                if (!Files.isRegularFile(home.resolve(RUNNER))) {
                    throw lostTheRace;
                }
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + archive + " into " + home, e);
        }
    }

    private static void extract(Path archive, Path target) throws IOException {
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("Archive entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(tar, destination);
                }
            }
        }
        if (!Files.isRegularFile(target.resolve(RUNNER))) {
            throw new IOException(archive + " holds no " + RUNNER + " at its top level");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
