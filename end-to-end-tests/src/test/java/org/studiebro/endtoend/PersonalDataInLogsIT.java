package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.studiebro.platform.launch.ServiceProcess;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * Identity numbers are personal data: after applications have gone through every service (accepted and decided,
 * e-mailed, or refused as bad input), no service's log holds any of the numbers they carried, in any spelling.
 */
@ExtendWith({WithSharedPlatform.class, WithSharedInfrastructure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataInLogsIT {

    private final SharedPlatform platform;
    private final PlatformHttp http;

    @RegisterExtension
    final ServiceLogsOnFailure serviceLogs;

    PersonalDataInLogsIT(SharedPlatform platform) {
        this.platform = platform;
        this.http = platform.http();
        this.serviceLogs = new ServiceLogsOnFailure(platform::services);
    }

    @Test
    void noServiceLogsTheIdentityNumbersOfTheApplicationsItHandled() throws IOException {
        String swedish = IdentityNumbers.personnummer(LocalDate.of(1977, 3, 14), 523);
        String norwegian = IdentityNumbers.fodselsnummer(LocalDate.of(1979, 8, 2), 417);
        String wrongCheckDigit = swedish.substring(0, 10) + (char) ('0' + (swedish.charAt(10) - '0' + 1) % 10);
        Learner molndal = Learner.of(swedish, "Sara", "Nilsson", "sv", "se-1481");
        Learner bergen = Learner.of(norwegian, "Ola", "Berg", "nb", "no-4601");
        Learner mistyped = Learner.of(wrongCheckDigit, "Sara", "Nilsson", "sv", "se-1481");

        URI toGoteborg = http.submit(UUID.randomUUID().toString(), molndal.applicationFor("gbg-vard-2027v-01"));
        URI toBergen = http.submit(UUID.randomUUID().toString(), bergen.applicationFor("bergen-helse-2027v-01"));
        assertThat(http.submitRefused(UUID.randomUUID().toString(), mistyped.applicationFor("gbg-vard-2027v-01")))
                .isEqualTo(400);
        for (URI application : List.of(toGoteborg, toBergen)) {
            platform.awaitStatus(application, null, "application admitted",
                    status -> assertThat(status.path("status").asText()).isEqualTo("ADMITTED"));
        }
        platform.awaitMailTo(molndal.email(), "antagen");
        platform.awaitMailTo(bergen.email(), "tatt opp");

        List<String> spellings = spellings(swedish, norwegian, wrongCheckDigit);
        for (ServiceProcess service : platform.services().all()) {
            String log = Files.readString(service.logFile());
            assertThat(log).as("the log of %s", service.module()).isNotEmpty();
            spellings.forEach(number -> assertThat(log).as("the log of %s", service.module()).doesNotContain(number));
        }
    }

    /** A personnummer as forms and systems write it: with and without the dash, with and without the century. */
    private static List<String> spellings(String swedish, String norwegian, String mistyped) {
        return List.of(swedish, swedish.replace("-", ""), "19" + swedish.replace("-", ""), "19" + swedish,
                mistyped, mistyped.replace("-", ""), norwegian);
    }
}
