package org.studiebro.platform.launch;

import java.nio.file.Path;
import java.util.Map;

/**
 * Apicurio's default storage is in memory: after a restart it would hand out schema ids anew, and every record
 * already on a topic (which carries the id of its writer's schema) would become unreadable. The local platform
 * therefore keeps the registry's data on disk beside the broker's.
 */
final class RegistryStorage {

    private RegistryStorage() {
    }

    /** System properties for Apicurio 3.3's SQL storage on an embedded H2 database file in {@code dir}. */
    static Map<String, String> persistentIn(Path dir) {
        return Map.of(
                "apicurio.storage.kind", "sql",
                "apicurio.storage.sql.kind", "h2",
                "apicurio.datasource.url", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("registry"));
    }
}
