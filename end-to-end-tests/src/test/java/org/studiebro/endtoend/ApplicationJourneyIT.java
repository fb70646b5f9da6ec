package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.infrastructure.ReceivedMail;
import org.studiebro.infrastructure.test.SharedInfrastructure;
import org.studiebro.infrastructure.test.WithSharedInfrastructure;
import org.studiebro.platform.launch.Endpoints;
import org.studiebro.platform.launch.PlatformService;
import org.studiebro.platform.launch.Services;
import org.studiebro.platform.provision.PlatformTopics;

/**
 * The whole platform, as a learner and a municipality meet it: the four services' executable jars run as processes
 * against a real broker, registry and SMTP server; the test submits over HTTP and looks where people would look.
 */
@ExtendWith(WithSharedInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationJourneyIT {

    private static final Path REPO_ROOT = Path.of(System.getProperty("studiebro.repoRoot", ".."))
            .toAbsolutePath().normalize();
    private static final Path SERVICE_LOGS = Path.of("target", "service-logs").toAbsolutePath();
    // Fresh per run: the broker is new, so no Kafka Streams state of an earlier run may be taken up.
    private static final Path SERVICE_STATE = Path.of("target", "service-state", UUID.randomUUID().toString())
            .toAbsolutePath();
    private static final Duration DECISION_TIMEOUT = Duration.ofSeconds(90);

    private final SharedInfrastructure infrastructure = SharedInfrastructure.get();
    private Services services;
    private PlatformHttp http;

    @RegisterExtension
    final ServiceLogsOnFailure serviceLogs = new ServiceLogsOnFailure(() -> services);

    @BeforeAll
    void startThePlatform() {
        PlatformTopics.provision(infrastructure.bootstrapServers(), infrastructure.schemaRegistryUrl(), 3);
        Endpoints endpoints = new Endpoints(infrastructure.bootstrapServers(), infrastructure.schemaRegistryUrl(),
                "127.0.0.1", infrastructure.mailServer().smtpPort());
        services = Services.start(REPO_ROOT, endpoints, Services.freePorts(), SERVICE_LOGS, SERVICE_STATE,
                started -> { });
        http = new PlatformHttp(services.url(PlatformService.APPLICATIONS),
                services.url(PlatformService.NOTIFICATION));
    }

    @AfterAll
    void stopThePlatform() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aLearnerFromMolndalIsAdmittedToAGoteborgCourseAndToldInSwedish() {
        String email = "anna.lindqvist." + UUID.randomUUID() + "@example.test";
        URI application = http.submit(UUID.randomUUID().toString(), """
                {"applicant": {"nationalId": "811218-9876", "givenName": "Anna", "familyName": "Lindqvist",
                               "email": "%s", "phone": "+46701234567", "language": "sv",
                               "homeMunicipality": "se-1481"},
                 "choices": ["gbg-vard-2027v-01"], "priorityGroup": 2, "source": "end-to-end-test"}
                """.formatted(email));
        String applicationId = PlatformHttp.lastSegment(application);

        await("application " + applicationId + " admitted").atMost(DECISION_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(http.status(application)).isEqualTo("ADMITTED"));

        ReceivedMail mail = awaitMailTo(email, "antagen");
        assertThat(mail.contentLanguage()).isEqualTo("sv");

        MunicipalityNotice notice = MunicipalityNotices.awaitNotice("se-1481", applicationId,
                candidate -> candidate.getStatus() == ApplicationState.ADMITTED, infrastructure);
        assertThat(notice.getMunicipality()).isEqualTo("se-1481");
        assertThat(notice.getCourseEventId()).isEqualTo("gbg-vard-2027v-01");

        await("the notifications of " + applicationId).atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(http.notifications(applicationId))
                        .extracting(delivery -> delivery.path("recipient").asText())
                        .contains(email));
    }

    @Test
    void aLearnerFromBergenIsAdmittedToABergenCourseAndToldInNorwegian() {
        String email = "ingrid.haugen." + UUID.randomUUID() + "@example.test";
        // 15 March 1985, individual number 101; both mod-11 check digits computed by hand: 9 and 0.
        URI application = http.submit(UUID.randomUUID().toString(), """
                {"applicant": {"nationalId": "15038510190", "givenName": "Ingrid", "familyName": "Haugen",
                               "email": "%s", "phone": "+4791234567", "language": "nb",
                               "homeMunicipality": "no-4601"},
                 "choices": ["bergen-helse-2027v-01"], "source": "end-to-end-test"}
                """.formatted(email));

        await("application admitted").atMost(DECISION_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(http.status(application)).isEqualTo("ADMITTED"));

        ReceivedMail mail = awaitMailTo(email, "tatt opp");
        assertThat(mail.contentLanguage()).isEqualTo("nb");
    }

    /** The learner may get several e-mails (received, decided); waits for the one that says {@code words}. */
    private ReceivedMail awaitMailTo(String email, String words) {
        return await("an e-mail to " + email + " saying '" + words + "'").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> infrastructure.mailServer().received().stream()
                        .filter(mail -> mail.to().contains(email))
                        .filter(mail -> (mail.subject() + "\n" + mail.body()).toLowerCase().contains(words))
                        .findFirst()
                        .orElse(null), found -> found != null);
    }
}
