package org.studiebro.notification.dispatched;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the view of notifications.dispatched is kept on disk.
 *
 * @param viewDirectory the store's directory, wiped at start and removed at shutdown, as the view is rebuilt from
 *                      the topic at every start; unset (the default), a new temporary directory per process
 */
@ConfigurationProperties("studiebro.notification")
record DispatchedViewProperties(Path viewDirectory) {
}
