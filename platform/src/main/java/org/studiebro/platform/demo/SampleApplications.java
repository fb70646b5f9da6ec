package org.studiebro.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.studiebro.platform.samples.Country;
import org.studiebro.platform.samples.IdentityNumbers;
import org.studiebro.platform.samples.Names;
import org.studiebro.platform.samples.Region;

/**
 * Made-up but realistic applications against the live catalog: learners from the four regions apply for course
 * events of their own region (which the cooperation agreements cover), and a few more learners than it has seats
 * compete for the scarcest course event, so that the reserve list shows.
 */
final class SampleApplications {

    private static final LocalDate OLDEST = LocalDate.of(1965, 1, 1);
    private static final LocalDate YOUNGEST = LocalDate.of(2006, 12, 31);
    private static final int SCARCE_SEATS = 5;

    private final RandomGenerator random;
    private final List<CourseEvent> open;
    private final Map<Region, List<CourseEvent>> byRegion = new EnumMap<>(Region.class);
    private final Optional<CourseEvent> scarce;
    private final Set<String> emails = new HashSet<>();
    private final LocalDate today = LocalDate.now();

    SampleApplications(List<CourseEvent> catalog, RandomGenerator random) {
        this.random = random;
        this.open = catalog.stream().filter(CourseEvent::open).toList();
        if (open.isEmpty()) {
            throw new IllegalStateException("The catalog has no course event open for applications.");
        }
        this.scarce = open.stream()
                .filter(event -> event.seats() > 0 && event.seats() <= SCARCE_SEATS)
                .filter(event -> event.principalMunicipality() != null)
                .min(Comparator.comparingInt(CourseEvent::seats));
        for (CourseEvent event : open) {
            Region region = event.region();
            if (region != null && scarce.filter(event::equals).isEmpty()) {
                byRegion.computeIfAbsent(region, unused -> new ArrayList<>()).add(event);
            }
        }
    }

    List<SampleApplication> generate(int count) {
        List<SampleApplication> applications = new ArrayList<>();
        int contenders = scarce.isPresent() ? Math.min(count, Math.max(3, count / 8)) : 0;
        for (int i = 0; i < contenders; i++) {
            CourseEvent event = scarce.orElseThrow();
            applications.add(application(event.principalMunicipality(), List.of(event.id())));
        }
        while (applications.size() < count) {
            Region region = pickRegion();
            List<CourseEvent> events = byRegion.getOrDefault(region, open);
            String home = region.municipalities().get(random.nextInt(region.municipalities().size()));
            applications.add(application(home, choices(events)));
        }
        Collections.shuffle(applications, random);
        return applications;
    }

    private SampleApplication application(String home, List<String> choices) {
        Country country = home.startsWith("no-") ? Country.NO : Country.SE;
        String given = Names.given(country, random);
        String family = Names.family(country, random);
        String email = Names.email(given, family, distinction());
        while (!emails.add(email)) {
            email = Names.email(given, family, distinction());
        }
        LocalDate birth = OLDEST.plusDays(random.nextLong(YOUNGEST.toEpochDay() - OLDEST.toEpochDay()));
        return new SampleApplication(
                UUID.randomUUID().toString(),
                nationalId(country, birth),
                given,
                family,
                email,
                country == Country.NO ? "+479" + digits(7) : "+4670" + digits(7),
                language(country),
                home,
                choices,
                random.nextInt(10) < 6 ? 1 + random.nextInt(5) : null);
    }

    // Regions without a course event of their own in the catalog get no learners.
    private Region pickRegion() {
        List<Region> candidates = byRegion.isEmpty() ? List.of(Region.values()) : List.copyOf(byRegion.keySet());
        int total = candidates.stream().mapToInt(Region::weight).sum();
        int draw = random.nextInt(total);
        for (Region region : candidates) {
            draw -= region.weight();
            if (draw < 0) {
                return region;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private List<String> choices(List<CourseEvent> events) {
        List<CourseEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, random);
        int wanted = Math.min(shuffled.size(), 1 + random.nextInt(3));
        return shuffled.subList(0, wanted).stream().map(CourseEvent::id).toList();
    }

    private String nationalId(Country country, LocalDate birth) {
        if (country == Country.NO) {
            return IdentityNumbers.fodselsnummer(birth, random);
        }
        return random.nextInt(20) == 0
                ? IdentityNumbers.samordningsnummer(birth, today, random)
                : IdentityNumbers.personnummer(birth, today, random);
    }

    /** A number that keeps addresses apart between demo runs. */
    private String distinction() {
        return String.valueOf(1000 + random.nextInt(9000));
    }

    private String language(Country country) {
        int draw = random.nextInt(20);
        if (country == Country.NO) {
            return draw < 17 ? "nb" : draw < 18 ? "nn" : "en";
        }
        return draw < 18 ? "sv" : "en";
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
