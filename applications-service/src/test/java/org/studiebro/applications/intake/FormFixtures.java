package org.studiebro.applications.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.validation.Validation;

import org.studiebro.applications.reference.KnownMunicipalities;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.applications.web.JsonBodyReader;

import tools.jackson.databind.json.JsonMapper;

/** The reader and validator as the service wires them, with a fixed day and a few known municipalities. */
final class FormFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    static final String VALID = """
            {"applicant": {"nationalId": "811218-9876", "givenName": "Anna", "familyName": "Svensson",
                           "email": "anna@example.se", "phone": "+46701234567", "language": "sv",
                           "homeMunicipality": "se-1481"},
             "priorityGroup": 2,
             "choices": ["gbg-vard-2027v-01", "molndal-matte-2027v-01"]}
            """;

    private FormFixtures() {
    }

    static JsonBodyReader reader() {
        return new JsonBodyReader(JsonMapper.builder().build());
    }

    static ApplicationFormValidator validator() {
        KnownMunicipalities municipalities = new KnownMunicipalities(new CatchUpTracker());
        municipalities.register("se-1480", "Göteborg");
        municipalities.register("se-1481", "Mölndal");
        municipalities.register("no-0301", "Oslo");
        municipalities.register("no-4601", "Bergen");
        return new ApplicationFormValidator(Validation.buildDefaultValidatorFactory().getValidator(), municipalities,
                CLOCK);
    }
}
