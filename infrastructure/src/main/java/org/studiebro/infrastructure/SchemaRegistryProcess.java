package org.studiebro.infrastructure;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio Registry as its own OS process, in memory unless told otherwise, serving the Confluent-compatible API
 * with the global compatibility rule BACKWARD. Its output goes to {@code apicurio-registry.log} in the work directory.
 */
public final class SchemaRegistryProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryProcess.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final int port;
    private final ChildJvm process;

    private SchemaRegistryProcess(int port, ChildJvm process) {
        this.port = port;
        this.process = process;
    }

    public static SchemaRegistryProcess start(Path workDir, int port) {
        return start(workDir, port, Map.of());
    }

    /**
     * Starts the registry with extra system properties, e.g. Apicurio's storage settings (by default it keeps its
     * data in memory and gives schema ids anew after a restart) or {@link #authenticatedBy(String)}.
     */
    public static SchemaRegistryProcess start(Path workDir, int port, Map<String, String> systemProperties) {
        long started = System.nanoTime();
        Path runner = ApicurioDistribution.runnerJar();
        int managementPort = FreePorts.next();
        List<String> arguments = new ArrayList<>(List.of(
                "-Xmx256m",
                // C1 alone starts the registry about a third faster; its light load never needs C2.
                "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.management.port=" + managementPort,
                "-Dapicurio.rules.global.compatibility=BACKWARD"));
        systemProperties.forEach((name, value) -> arguments.add("-D" + name + "=" + value));
        arguments.addAll(List.of("-jar", runner.toString()));
        ChildJvm process = ChildJvm.start("Apicurio Registry on port " + port, arguments,
                workDir, workDir.resolve("apicurio-registry.log"));
        SchemaRegistryProcess registry = new SchemaRegistryProcess(port, process);
        // Its health, not its API: with authentication on, the API answers 401 to an anonymous probe.
        HttpReadiness.await(process, STARTUP_TIMEOUT,
                URI.create("http://127.0.0.1:" + managementPort + "/health/ready"));
        LOG.info("Apicurio Registry {} (pid {}) ready at {} after {} ms", ApicurioDistribution.VERSION, process.pid(),
                registry.ccompatUrl(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        return registry;
    }

    /**
     * The system properties that make the registry authenticate every request at the OpenID Connect provider
     * {@code issuer} and authorize by the roles in the token's {@code roles} claim: {@code SCHEMA_READER} may read,
     * {@code SCHEMA_WRITER} may also register, nobody reads anonymously. A client sends HTTP Basic with its client id
     * and secret (as Confluent's {@code basic.auth.user.info}), which the registry exchanges at the provider's token
     * endpoint for a client-credentials token (Apicurio's basic-client-credentials), or a bearer token of its own.
     */
    public static Map<String, String> authenticatedBy(String issuer) {
        return Map.ofEntries(
                Map.entry("quarkus.oidc.tenant-enabled", "true"),
                Map.entry("quarkus.oidc.auth-server-url", issuer),
                Map.entry("quarkus.oidc.token-path", issuer + "/oauth2/token"),
                Map.entry("quarkus.oidc.client-id", "schema-registry"),
                Map.entry("quarkus.oidc.token.audience", "studiebro"),
                Map.entry("quarkus.oidc.roles.role-claim-path", "roles"),
                Map.entry("apicurio.authn.basic-client-credentials.enabled", "true"),
                Map.entry("apicurio.auth.role-based-authorization", "true"),
                Map.entry("apicurio.auth.role-source", "token"),
                Map.entry("apicurio.auth.roles.readonly", "SCHEMA_READER"),
                Map.entry("apicurio.auth.roles.developer", "SCHEMA_WRITER"),
                Map.entry("apicurio.auth.roles.admin", "SCHEMA_ADMIN"),
                Map.entry("apicurio.auth.anonymous-read-access.enabled", "false"),
                Map.entry("apicurio.auth.authenticated-read-access.enabled", "false"));
    }

    /**
     * {@code url} with a client's login as its user info, the way a registry client that takes only a URL logs in
     * (Confluent's {@code basic.auth.credentials.source=URL}, the default). Not for logs: the secret is in it.
     */
    public static String withLogin(String url, String clientId, String secret) {
        String userInfo = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return url.replaceFirst("^(https?://)", "$1" + Matcher.quoteReplacement(userInfo) + "@");
    }

    public String ccompatUrl() {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    @Override
    public void close() {
        process.stop(STOP_GRACE);
    }
}
