package org.studiebro.benchmark.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.studiebro.platform.samples.Country;
import org.studiebro.platform.samples.IdentityNumbers;
import org.studiebro.platform.samples.Names;

/**
 * The JSON bodies of POST /api/v1/applications: realistic applications (valid identity numbers of the home
 * municipality's country, names, a unique e-mail address, the language of the country, a priority group on a share
 * of them) and malformed ones of several kinds, each of which the intake must refuse with 400. No body names a
 * source: the intake takes the form client's id, and refuses a body that names one.
 */
public final class ApplicationBodies {

    /** The kinds of malformed requests, each wrong in one way. */
    static final List<String> MALFORMED_KINDS = List.of(
            "bad-check-digit", "unknown-municipality", "missing-email", "invalid-email", "repeated-choice",
            "too-many-choices", "not-json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate OLDEST = LocalDate.of(1960, 1, 1);

    private final String runId;
    private final double priorityGroupRatio;
    private final LocalDate today;

    /**
     * @param runId              keeps idempotency keys and e-mail addresses apart between runs
     * @param priorityGroupRatio share of applications that carry a priority group (1-5)
     */
    public ApplicationBodies(String runId, double priorityGroupRatio, LocalDate today) {
        this.runId = runId;
        this.priorityGroupRatio = priorityGroupRatio;
        this.today = today;
    }

    public PlannedRequest valid(long sequence, String home, List<String> choices, RandomGenerator random) {
        return new PlannedRequest(key(sequence), write(form(sequence, home, choices, random)), null);
    }

    PlannedRequest malformed(long sequence, String home, List<String> choices, RandomGenerator random) {
        String kind = MALFORMED_KINDS.get(random.nextInt(MALFORMED_KINDS.size()));
        return malformed(kind, sequence, home, choices, random);
    }

    @SuppressWarnings("unchecked")
    PlannedRequest malformed(String kind, long sequence, String home, List<String> choices, RandomGenerator random) {
        Map<String, Object> form = form(sequence, home, choices, random);
        Map<String, Object> applicant = (Map<String, Object>) form.get("applicant");
        switch (kind) {
            case "bad-check-digit" -> {
                String id = (String) applicant.get("nationalId");
                int last = id.charAt(id.length() - 1) - '0';
                applicant.put("nationalId", id.substring(0, id.length() - 1) + (last + 1) % 10);
            }
            case "unknown-municipality" -> applicant.put("homeMunicipality", home.substring(0, 3) + "9999");
            case "missing-email" -> applicant.remove("email");
            case "invalid-email" -> applicant.put("email", "not-an-address");
            case "repeated-choice" -> form.put("choices", List.of(choices.getFirst(), choices.getFirst()));
            case "too-many-choices" -> form.put("choices", List.of("a-1", "a-2", "a-3", "a-4", "a-5", "a-6"));
            case "not-json" -> {
                String body = write(form);
                return new PlannedRequest(key(sequence), body.substring(0, body.length() / 2), kind);
            }
            default -> throw new IllegalArgumentException("unknown malformed kind " + kind);
        }
        return new PlannedRequest(key(sequence), write(form), kind);
    }

    private Map<String, Object> form(long sequence, String home, List<String> choices, RandomGenerator random) {
        Country country = home.startsWith("no-") ? Country.NO : Country.SE;
        String given = Names.given(country, random);
        String family = Names.family(country, random);
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("nationalId", nationalId(country, random));
        applicant.put("givenName", given);
        applicant.put("familyName", family);
        applicant.put("email", Names.email(given, family, sequence + "." + runId));
        applicant.put("phone", (country == Country.NO ? "+479" : "+4670") + digits(7, random));
        applicant.put("language", language(country, random));
        applicant.put("homeMunicipality", home);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("applicant", applicant);
        form.put("choices", new ArrayList<>(choices));
        if (random.nextDouble() < priorityGroupRatio) {
            form.put("priorityGroup", 1 + random.nextInt(5));
        }
        return form;
    }

    private String key(long sequence) {
        return "load-" + runId + "-" + sequence;
    }

    private String nationalId(Country country, RandomGenerator random) {
        LocalDate youngest = today.minusYears(20);
        LocalDate birth = OLDEST.plusDays(random.nextLong(youngest.toEpochDay() - OLDEST.toEpochDay()));
        int draw = random.nextInt(20);
        if (country == Country.NO) {
            return draw == 0 ? IdentityNumbers.dNummer(birth, random) : IdentityNumbers.fodselsnummer(birth, random);
        }
        return draw == 0
                ? IdentityNumbers.samordningsnummer(birth, today, random)
                : IdentityNumbers.personnummer(birth, today, random);
    }

    private static String language(Country country, RandomGenerator random) {
        int draw = random.nextInt(20);
        if (country == Country.NO) {
            return draw < 17 ? "nb" : draw < 18 ? "nn" : "en";
        }
        return draw < 18 ? "sv" : "en";
    }

    private static String digits(int count, RandomGenerator random) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write an application body", e);
        }
    }
}
