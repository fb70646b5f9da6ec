package org.studiebro.plumbing.viewstore;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the views keep their data on disk (STUDIEBRO_VIEWS_DIRECTORY).
 *
 * @param directory the store's own directory, kept across restarts so that the views resume where they stopped;
 *                  it must belong to this one instance. When none is configured, a fresh directory under
 *                  java.io.tmpdir that no later run can find: the views then read their topics from the beginning
 *                  at every start, and the directory is deleted on close.
 */
@ConfigurationProperties("studiebro.views")
public record ViewStoreProperties(@Nullable Path directory) {
}
