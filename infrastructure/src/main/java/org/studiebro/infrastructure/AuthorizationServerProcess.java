package org.studiebro.infrastructure;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local OpenID Connect provider (the authorization-server module's executable jar) as its own process on
 * 127.0.0.1, signing with the RSA key (a JWK) in {@code signingKey}, generated there when missing: whoever holds the
 * file can sign tokens the services trust, which is what tests of expired tokens need.
 */
public final class AuthorizationServerProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationServerProcess.class);
    // A Spring Boot start on a loaded two-core machine may take a minute or more.
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final int port;
    private final Path signingKey;
    private final ChildJvm process;

    private AuthorizationServerProcess(int port, Path signingKey, ChildJvm process) {
        this.port = port;
        this.signingKey = signingKey;
        this.process = process;
    }

    /** Starts {@code execJar} on {@code port}, logging to {@code <workDir>/authorization-server.log}, and waits. */
    public static AuthorizationServerProcess start(Path execJar, Path workDir, int port, Path signingKey) {
        if (!Files.isRegularFile(execJar)) {
            throw new IllegalStateException(execJar + " is missing: package the authorization-server module first");
        }
        long started = System.nanoTime();
        List<String> arguments = List.of("-Xmx192m", "-XX:TieredStopAtLevel=1", "-jar", execJar.toString(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--studiebro.authorization.signing-key=" + signingKey.toAbsolutePath());
        ChildJvm process = ChildJvm.start("authorization server on port " + port, arguments, workDir,
                workDir.resolve("authorization-server.log"));
        AuthorizationServerProcess server = new AuthorizationServerProcess(port, signingKey.toAbsolutePath(), process);
        HttpReadiness.await(process, STARTUP_TIMEOUT,
                URI.create(server.issuer() + "/.well-known/openid-configuration"));
        LOG.info("Authorization server (pid {}) ready at {} after {} ms", process.pid(), server.issuer(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return server;
    }

    /** The issuer its tokens name, e.g. {@code http://127.0.0.1:9000}; the discovery document is beneath it. */
    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    /** The file with the private key that signs its tokens. */
    public Path signingKey() {
        return signingKey;
    }

    @Override
    public void close() {
        process.stop(STOP_GRACE);
    }
}
