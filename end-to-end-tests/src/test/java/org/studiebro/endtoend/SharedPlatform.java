package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import org.studiebro.infrastructure.FreePorts;
import org.studiebro.infrastructure.ReceivedMail;
import org.studiebro.platform.access.CredentialFiles;
import org.studiebro.platform.launch.AuthorizationServer;
import org.studiebro.platform.launch.Endpoints;
import org.studiebro.platform.launch.PlatformService;
import org.studiebro.platform.launch.PlatformTopics;
import org.studiebro.platform.launch.Services;
import org.studiebro.testsupport.SharedInfrastructure;

/**
 * The OpenID Connect provider and the five services as processes against the shared broker, registry and SMTP
 * server, started once for every end-to-end class of the test run (that takes about 40 s) and closed after the last
 * one, whether the tests passed or not ({@link WithSharedPlatform} keeps it in JUnit's root store). Every journey
 * uses its own applications and learners, so journeys do not see each other's records.
 */
final class SharedPlatform implements AutoCloseable {

    /** How long a journey may wait for routing, a party's decision and the status view on a loaded machine. */
    static final Duration DECISION_TIMEOUT = Duration.ofSeconds(90);

    /**
     * The reference parties' officers decide for these over HTTP. The failsafe configuration in pom.xml sets them in
     * the test JVM's environment, which the service processes inherit; only reference-parties reads them. The
     * journeys that rely on the rules' automatic answers use none of these parties.
     */
    static final String MANUAL_SEAT_OWNERS = "STUDIEBRO_SEAT_OWNER_MANUAL_SEAT_OWNERS";
    static final String MANUAL_MUNICIPALITIES = "STUDIEBRO_MUNICIPALITY_MANUAL_MUNICIPALITIES";

    private static final Path REPO_ROOT = Path.of(System.getProperty("studiebro.repoRoot", ".."))
            .toAbsolutePath().normalize();
    private static final Path SERVICE_LOGS = Path.of("target", "service-logs").toAbsolutePath();
    // Fresh per run: the broker is new, so no Kafka Streams state of an earlier run may be taken up.
    private static final Path SERVICE_STATE = Path.of("target", "service-state", UUID.randomUUID().toString())
            .toAbsolutePath();

    private final SharedInfrastructure infrastructure;
    private final AuthorizationServer authorization;
    private final Services services;
    private final PlatformTokens tokens;
    private final PlatformHttp http;
    private final ReferencePartiesHttp referenceParties;
    private final TopicRecords topics;

    private SharedPlatform(SharedInfrastructure infrastructure, AuthorizationServer authorization,
                           Services services) {
        this.infrastructure = infrastructure;
        this.authorization = authorization;
        this.services = services;
        this.tokens = new PlatformTokens(authorization.issuer());
        this.http = new PlatformHttp(services.url(PlatformService.APPLICATIONS),
                services.url(PlatformService.NOTIFICATION), tokens);
        this.referenceParties = new ReferencePartiesHttp(services.url(PlatformService.REFERENCE_PARTIES), tokens);
        this.topics = new TopicRecords(infrastructure);
    }

    static SharedPlatform start() {
        // The reference-data-service imports from here: STUDIEBRO_IMPORT_LOCATION in the failsafe configuration.
        CurrentReferenceData.write(REPO_ROOT.resolve("reference-data"),
                Path.of("target", "reference-data").toAbsolutePath(), CurrentReferenceData.today());
        // The provider needs neither broker nor registry, so it starts while they do.
        AuthorizationServer authorization = AuthorizationServer.launch(REPO_ROOT, FreePorts.next(), SERVICE_STATE,
                SERVICE_LOGS);
        try {
            SharedInfrastructure infrastructure = SharedInfrastructure.get();
            // The services run as their own least-privileged broker users, as in a deployment.
            CredentialFiles logins = new CredentialFiles(SERVICE_STATE.resolve("credentials"),
                    infrastructure.kafkaClientConfig());
            PlatformTopics.prepare(infrastructure.kafkaClientConfig(), logins, infrastructure.schemaRegistryUrl(),
                    3);
            authorization.awaitReady();
            Endpoints endpoints = new Endpoints(infrastructure.kafkaListener(), logins,
                    infrastructure.schemaRegistryUrl(), "127.0.0.1", infrastructure.mailServer().smtpPort(),
                    authorization.issuer());
            Services services = Services.start(REPO_ROOT, endpoints, Services.freePorts(), SERVICE_LOGS,
                    SERVICE_STATE, started -> { });
            return new SharedPlatform(infrastructure, authorization, services);
        } catch (RuntimeException e) {
            authorization.close();
            throw e;
        }
    }

    /** Fails at once, with the reason, when the environment does not make {@code party} a manual party. */
    static void requireManual(String variable, String party) {
        String configured = System.getenv(variable);
        assertThat(configured == null ? new String[0] : configured.split(","))
                .as("%s of the test JVM (the failsafe configuration in pom.xml sets it for the services)", variable)
                .extracting(String::strip)
                .contains(party);
    }

    SharedInfrastructure infrastructure() {
        return infrastructure;
    }

    Services services() {
        return services;
    }

    /** The OpenID Connect provider the services trust. */
    AuthorizationServer authorization() {
        return authorization;
    }

    /** Tokens of its sample clients and people. */
    PlatformTokens tokens() {
        return tokens;
    }

    PlatformHttp http() {
        return http;
    }

    ReferencePartiesHttp referenceParties() {
        return referenceParties;
    }

    TopicRecords topics() {
        return topics;
    }

    /**
     * Waits until the application's status, with texts in {@code lang}, as the operator reads it (made-up learners
     * cannot sign in), meets {@code requirements}; returns it.
     */
    JsonNode awaitStatus(URI application, String lang, String what, Consumer<JsonNode> requirements) {
        return awaitStatus(application, lang, StatusReader.operator(), what, requirements);
    }

    /** Waits until the application's status, as {@code reader} reads it, meets {@code requirements}; returns it. */
    JsonNode awaitStatus(URI application, String lang, StatusReader reader, String what,
                         Consumer<JsonNode> requirements) {
        AtomicReference<JsonNode> met = new AtomicReference<>();
        await(what + " (" + application + ")").atMost(DECISION_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonNode status = http.statusInWords(application, lang, reader);
                    assertThat(status).as("the status of %s", application).isNotNull();
                    requirements.accept(status);
                    met.set(status);
                });
        return met.get();
    }

    /** The learner may get several e-mails (received, decided); waits for the one that says all of {@code words}. */
    ReceivedMail awaitMailTo(String email, String... words) {
        return await("an e-mail to " + email + " saying " + Arrays.toString(words)).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> infrastructure.mailServer().received().stream()
                        .filter(mail -> mail.to().contains(email))
                        .filter(mail -> Arrays.stream(words).allMatch(word -> (mail.subject() + "\n" + mail.body())
                                .toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))))
                        .findFirst()
                        .orElse(null), found -> found != null);
    }

    @Override
    public void close() {
        tokens.close();
        services.close();
        authorization.close();
    }
}
