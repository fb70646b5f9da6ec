package org.studiebro.endtoend;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A made-up learner with an e-mail address of their own, so that their e-mails are told apart from every other
 * journey's on the shared SMTP server.
 */
record Learner(String nationalId, String givenName, String familyName, String language, String homeMunicipality,
        String email) {

    static Learner of(String nationalId, String givenName, String familyName, String language,
            String homeMunicipality) {
        return new Learner(nationalId, givenName, familyName, language, homeMunicipality,
                "learner-" + UUID.randomUUID() + "@example.test");
    }

    /**
     * The JSON an upstream form posts for this learner: the course events in the learner's ranking, best first (no
     * source: the form's client id is the source).
     */
    String applicationFor(String... courseEvents) {
        String choices = Arrays.stream(courseEvents).map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
        return """
                {"applicant": {"nationalId": "%s", "givenName": "%s", "familyName": "%s", "email": "%s",
                               "language": "%s", "homeMunicipality": "%s"},
                 "choices": [%s], "priorityGroup": 2}
                """.formatted(nationalId, givenName, familyName, email, language, homeMunicipality, choices);
    }
}
