package org.studiebro.applications.viewstore;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the views keep their data on disk.
 *
 * @param directory the store's own directory: wiped at start and deleted on close, so it must belong to this one
 *                  instance; a fresh directory under java.io.tmpdir when none is configured
 */
@ConfigurationProperties("studiebro.views")
public record ViewStoreProperties(Path directory) {

    public ViewStoreProperties {
        if (directory == null) {
            directory = Path.of(System.getProperty("java.io.tmpdir"),
                    "studiebro-applications-views-" + UUID.randomUUID());
        }
    }
}
