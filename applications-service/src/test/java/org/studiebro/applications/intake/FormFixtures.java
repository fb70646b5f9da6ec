package org.studiebro.applications.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.validation.Validation;

import org.studiebro.applications.replay.CatchUpTracker;

import tools.jackson.databind.json.JsonMapper;

/** The reader and validator as the service wires them, with a fixed day and a few known municipalities. */
final class FormFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    static final String VALID = """
            {"applicant": {"nationalId": "811218-9876", "givenName": "Anna", "familyName": "Svensson",
                           "email": "anna@example.se", "phone": "+46701234567", "language": "sv",
                           "homeMunicipality": "se-1481"},
             "choices": ["gbg-vard-2027v-01", "molndal-matte-2027v-01"],
             "priorityGroup": 2,
             "source": "gr-antagning-web"}
            """;

    private FormFixtures() {
    }

    static ApplicationFormReader reader() {
        return new ApplicationFormReader(JsonMapper.builder().build());
    }

    static ApplicationFormValidator validator() {
        KnownMunicipalities municipalities = new KnownMunicipalities(new CatchUpTracker());
        municipalities.register("se-1480");
        municipalities.register("se-1481");
        municipalities.register("no-0301");
        municipalities.register("no-4601");
        return new ApplicationFormValidator(Validation.buildDefaultValidatorFactory().getValidator(), municipalities,
                CLOCK);
    }
}
