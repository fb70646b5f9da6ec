package org.studiebro.applications.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.studiebro.applications.support.Api;
import org.studiebro.applications.support.RawHttp;
import org.studiebro.applications.support.TestPlatform;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * Issue 4's bad-input table ({@link BadInputTable}) over real HTTP against the real broker and registry: each
 * malformed request gets its 4xx as problem+json naming the bad fields, no identity number comes back or reaches
 * the log unmasked, and, checked once all rows ran, nothing of the table reached applications.submitted.
 */
@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class, OutputCaptureExtension.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputIT {

    // Row name -> the unique token its Idempotency-Key and X-Correlation-Id were made from.
    private static final Map<String, String> refusedTokens = new ConcurrentHashMap<>();
    private static final Map<String, String> acceptedTokens = new ConcurrentHashMap<>();
    private static long recordsBefore;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void provision() {
        TestPlatform.prepare();
        recordsBefore = TestPlatform.endOffset(Topics.APPLICATIONS_SUBMITTED);
    }

    @BeforeEach
    void awaitReady() {
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/actuator/health/readiness").status() == 200);
    }

    @Order(1)
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("org.studiebro.applications.intake.BadInputTable#rows")
    void answersEachRowWithItsProblem(BadInput row, CapturedOutput log) throws Exception {
        String token = UUID.randomUUID().toString();
        assertThat((row.status() == 202 ? acceptedTokens : refusedTokens).put(row.toString(), token))
                .as("row names are unique").isNull();

        Api.Answer answer = row.sendTo(new RawHttp(port), token);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(row.status());
        if (row.status() == 202) {
            assertThat(answer.json().path("applicationId").asString()).isNotBlank();
        } else {
            IntakeIT.assertProblem(answer, row.status());
            assertThat(answer.errorFields().stream().distinct()).as(answer.toString())
                    .containsExactlyInAnyOrderElementsOf(row.fields());
        }
        if (row.message() != null) {
            assertThat(answer.json().path("errors")).as(answer.toString())
                    .anySatisfy(error -> {
                        assertThat(error.path("field").asString()).isEqualTo(row.fields().getFirst());
                        assertThat(error.path("message").asString()).contains(row.message());
                    });
        }
        // Messages never echo what was sent: no markup, no identity number, in the answer or the log.
        assertThat(answer.response().getBody()).doesNotContainPattern("<[A-Za-z]");
        String nationalId = row.nationalId();
        if (nationalId != null) {
            String answered = answer.response().getHeaders() + answer.response().getBody();
            for (String unmasked : unmaskedForms(nationalId)) {
                assertThat(answered).as("the answer").doesNotContain(unmasked);
                assertThat(log.getAll()).as("the log").doesNotContain(unmasked);
            }
        }
    }

    @Order(2)
    @Test
    void publishedNothingForARefusedRow() {
        assertThat(refusedTokens.size() + acceptedTokens.size()).as("run the whole class: the table first")
                .isEqualTo(BadInputTable.rows().count());

        List<ApplicationSubmitted> published = new ArrayList<>();
        // Poison that the views' tests wrote reads as no value.
        TestPlatform.readAll(Topics.APPLICATIONS_SUBMITTED).stream().filter(record -> record.value() != null)
                .forEach(record -> published.add((ApplicationSubmitted) record.value()));

        refusedTokens.forEach((row, token) -> assertThat(published).as(row)
                .noneMatch(submitted -> carries(submitted, token)));
        acceptedTokens.forEach((row, token) -> assertThat(published).as(row)
                .filteredOn(submitted -> carries(submitted, token)).hasSize(1));
        assertThat(TestPlatform.endOffset(Topics.APPLICATIONS_SUBMITTED) - recordsBefore)
                .as("records published while the table ran").isEqualTo(acceptedTokens.size());
    }

    private static boolean carries(ApplicationSubmitted submitted, String token) {
        return submitted.getIdempotencyKey().contains(token)
                || String.valueOf(submitted.getMetadata().getCorrelationId()).contains(token);
    }

    /** The number as sent, its digits, and its 10-digit form with separator; a masked "19811218-****" is fine. */
    private static List<String> unmaskedForms(String nationalId) {
        String digits = nationalId.replaceAll("\\D", "");
        List<String> forms = new ArrayList<>(List.of(nationalId, digits));
        if (digits.length() == 12) {
            digits = digits.substring(2);
        }
        if (digits.length() == 10) {
            forms.add(digits);
            forms.add(digits.substring(0, 6) + "-" + digits.substring(6));
        }
        return forms;
    }
}
