package org.studiebro.benchmark.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * async-profiler's native agent, as its Maven Central jar (tools.profiler:async-profiler) carries it on this tool's
 * classpath, copied to a file so that a platform JVM can load it.
 */
final class ProfilerLibrary {

    private ProfilerLibrary() {
    }

    static Path extractTo(Path directory) {
        String resource = platformDirectory() + "/libasyncProfiler.so";
        try (InputStream in = ProfilerLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: is tools.profiler:async-profiler"
                        + " in cli/target/lib?");
            }
            Files.createDirectories(directory);
            Path library = directory.resolve("libasyncProfiler.so");
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
            return library.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy async-profiler's agent to " + directory, e);
        }
    }

    private static String platformDirectory() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux")) {
            throw new IllegalStateException("--profile needs Linux (async-profiler's agent), not " + os);
        }
        return switch (arch) {
            case "amd64", "x86_64" -> "linux-x64";
            case "aarch64", "arm64" -> "linux-arm64";
            default -> throw new IllegalStateException("--profile has no async-profiler agent for " + arch);
        };
    }
}
