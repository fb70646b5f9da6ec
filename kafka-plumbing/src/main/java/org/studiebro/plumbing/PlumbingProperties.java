package org.studiebro.plumbing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code studiebro.plumbing.*}: what a service sets to have the shared plumbing wired.
 *
 * @param service the service's name, which names its topics: dead-letters.&lt;service&gt;, replays.&lt;service&gt;
 */
@ConfigurationProperties("studiebro.plumbing")
public record PlumbingProperties(String service) {
}
