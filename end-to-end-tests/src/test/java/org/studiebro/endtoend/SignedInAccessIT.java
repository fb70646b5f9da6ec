package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.PersonalDataRead;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * The acceptance over HTTP: without a token the applications API answers 401; a form's application carries
 * the form's client id as its source; a home municipality's officer reads a resident's application stating why,
 * and the read is on the audit topic, while another municipality's officer is refused.
 */
@ExtendWith({WithSharedPlatform.class, WithSharedInfrastructure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedInAccessIT {

    private static final String GOTEBORG = "se-1480";
    private static final String PURPOSE = "the learner called about her application";

    private final SharedPlatform platform;
    private final PlatformHttp http;

    @RegisterExtension
    final ServiceLogsOnFailure serviceLogs;

    SignedInAccessIT(SharedPlatform platform) {
        this.platform = platform;
        this.http = platform.http();
        this.serviceLogs = new ServiceLogsOnFailure(platform::services);
    }

    @Test
    void withoutATokenTheApplicationsApiAnswers401AndAnOfficersReadIsAudited() {
        Learner learner = Learner.of(IdentityNumbers.personnummer(LocalDate.of(1983, 6, 9), 618), "Elin",
                "Johansson", "sv", GOTEBORG);
        String body = learner.applicationFor("gbg-vard-2027v-01");

        HttpResponse<String> anonymousPost = http.submitWithoutToken(UUID.randomUUID().toString(), body);
        assertThat(anonymousPost.statusCode()).as("POST without a token: %s", anonymousPost.body()).isEqualTo(401);
        assertThat(anonymousPost.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        URI application = http.submit(UUID.randomUUID().toString(), body);
        String applicationId = PlatformHttp.lastSegment(application);
        assertThat(http.readWithoutToken(application).statusCode()).as("GET without a token").isEqualTo(401);
        assertThat(platform.topics().awaitRecord(Topics.APPLICATIONS_SUBMITTED, applicationId,
                ApplicationSubmitted.class, submitted -> true).getSource()).isEqualTo("enrolment-form");

        StatusReader officer = new StatusReader("goteborg-officer", PURPOSE);
        platform.awaitStatus(application, null, officer, "the application as Göteborg's officer reads it",
                status -> assertThat(status.path("status").asText()).isNotBlank());
        PersonalDataRead read = platform.topics().awaitRecord(Topics.AUDIT_PERSONAL_DATA_READS, applicationId,
                PersonalDataRead.class, audited -> "goteborg-officer".equals(audited.getReader()));
        assertThat(read.getRole()).isEqualTo("MUNICIPALITY_OFFICER");
        assertThat(read.getMunicipality()).isEqualTo(GOTEBORG);
        assertThat(read.getPurpose()).isEqualTo(PURPOSE);

        assertThat(http.read(application, null, new StatusReader("bergen-officer", PURPOSE)).statusCode())
                .as("another municipality's officer").isEqualTo(403);
    }
}
