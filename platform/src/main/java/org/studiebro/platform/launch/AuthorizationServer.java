package org.studiebro.platform.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The local OpenID Connect provider (the authorization-server module) as its own process, which the services trust
 * through {@code STUDIEBRO_OIDC_ISSUER}. Its signing key stays in the platform's data directory, so tokens it issued
 * stay valid across restarts of the platform.
 */
public final class AuthorizationServer implements AutoCloseable {

    static final String MODULE = "authorization-server";
    // As generous as the services': on a loaded two-core machine a Spring Boot start may take minutes.
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(180);

    private final ServiceProcess process;

    private AuthorizationServer(ServiceProcess process) {
        this.process = process;
    }

    /**
     * Starts the provider on {@code port} with its signing key in {@code <dataDir>/authorization/} and its log in
     * {@code <logDir>/authorization-server.log}, without waiting for it: {@link #awaitReady()} does.
     */
    public static AuthorizationServer launch(Path repoRoot, int port, Path dataDir, Path logDir) {
        Path signingKey = dataDir.resolve("authorization").resolve("signing-key.json").toAbsolutePath();
        return new AuthorizationServer(ServiceProcess.start(MODULE, repoRoot,
                Map.of("STUDIEBRO_AUTHORIZATION_SIGNING_KEY", signingKey.toString()), port,
                logDir.resolve(MODULE + ".log")));
    }

    /** Starts the provider and waits until it is healthy; on failure it is stopped again. */
    public static AuthorizationServer start(Path repoRoot, int port, Path dataDir, Path logDir) {
        AuthorizationServer server = launch(repoRoot, port, dataDir, logDir);
        server.awaitReady();
        return server;
    }

    /** Waits until the provider reports UP, stopping it and failing with its log when it does not in time. */
    public void awaitReady() {
        try {
            process.awaitHealthy(HEALTH_TIMEOUT);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The issuer every token names, e.g. {@code http://127.0.0.1:9000}; its discovery document is beneath it. */
    public String issuer() {
        return process.baseUrl();
    }

    public ServiceProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
