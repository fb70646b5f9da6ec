package org.studiebro.serde;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where the registry is and how to talk to it. Credentials are kept apart from the URLs, so the URLs can be
 * named in exception messages and logs without leaking a password.
 *
 * @param baseUrls      without user info and without a trailing slash
 * @param authorization the value of the Authorization header, or null
 */
record RegistryConnection(List<URI> baseUrls, String authorization, Duration connectTimeout, Duration requestTimeout) {

    static RegistryConnection of(List<URI> urls, String userInfo, Duration connectTimeout, Duration requestTimeout) {
        List<URI> bases = new ArrayList<>();
        String credentials = userInfo;
        for (URI url : urls) {
            // basic.auth.credentials.source=URL (Confluent's default): credentials ride in the URL's user info.
            if (credentials == null && url.getRawUserInfo() != null) {
                credentials = java.net.URLDecoder.decode(url.getRawUserInfo(), StandardCharsets.UTF_8);
            }
            bases.add(withoutUserInfoAndTrailingSlash(url));
        }
        String authorization = credentials == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        return new RegistryConnection(List.copyOf(bases), authorization, connectTimeout, requestTimeout);
    }

    /** The URLs for messages, comma-separated. */
    String describe() {
        return String.join(", ", baseUrls.stream().map(URI::toString).toList());
    }

    private static URI withoutUserInfoAndTrailingSlash(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        try {
            return new URI(url.getScheme() + "://" + url.getRawAuthority().replaceFirst("^.*@", "") + path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a registry URL: " + url.getScheme() + "://" + url.getHost(), e);
        }
    }
}
