package org.studiebro.benchmark.load;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.studiebro.platform.samples.Region;

/**
 * The default load: learners of the chosen regions, in the regions' weights, each from a real municipality of the
 * region, applying for course events of their own region (the cooperation agreements cover those), one in ten for
 * any open course event (outside an agreement the home municipality is asked for a cost decision); a share of the
 * requests malformed.
 */
public final class RegionalMix implements RequestSource {

    static final double CROSS_REGION_RATIO = 0.1;

    private final ApplicationBodies bodies;
    private final List<Region> regions;
    private final Map<Region, List<String>> homes;
    private final Map<Region, List<String>> courseEvents;
    private final List<String> allCourseEvents;
    private final ChoiceCount choices;
    private final double badRatio;
    private final SplittableRandom random;

    RegionalMix(ApplicationBodies bodies, Map<Region, List<String>> homes, Map<Region, List<String>> courseEvents,
            List<String> allCourseEvents, ChoiceCount choices, double badRatio, long seed) {
        this.bodies = bodies;
        this.regions = List.copyOf(homes.keySet());
        this.homes = homes;
        this.courseEvents = courseEvents;
        this.allCourseEvents = allCourseEvents;
        this.choices = choices;
        this.badRatio = badRatio;
        this.random = new SplittableRandom(seed);
    }

    /**
     * The mix for the running platform: its catalog from GET /api/v1/course-events and its municipalities from
     * reference.municipalities.
     */
    public static RegionalMix fromPlatform(LoadSettings settings, String runId, LocalDate today, PrintStream out)
            throws InterruptedException {
        List<CourseEventEntry> catalog = PlatformCatalog.courseEvents(settings.applicationsUrl(),
                settings.form());
        List<String> municipalities = ReferenceMunicipalities.ids(settings.kafka());
        ApplicationBodies bodies = new ApplicationBodies(runId, settings.priorityGroupRatio(), today);
        out.printf("Catalog: %d course events; %d municipalities known; regions %s.%n", catalog.size(),
                municipalities.size(), settings.regions().stream().map(Region::code).toList());
        return of(settings, bodies, municipalities, catalog, today);
    }

    /**
     * @param municipalities the ids in reference.municipalities
     * @param catalog        the course events of GET /api/v1/course-events
     */
    static RegionalMix of(LoadSettings settings, ApplicationBodies bodies, Collection<String> municipalities,
            List<CourseEventEntry> catalog, LocalDate today) {
        List<String> open = catalog.stream()
                .filter(event -> event.takesApplications(today))
                .filter(event -> !event.seatOwner().equals(settings.excludedSeatOwner()))
                .map(CourseEventEntry::id)
                .toList();
        Set<String> openIds = new HashSet<>(open);
        if (open.isEmpty()) {
            throw new IllegalStateException("The catalog has no course event open for applications.");
        }
        Map<Region, List<String>> homes = new EnumMap<>(Region.class);
        Map<Region, List<String>> events = new EnumMap<>(Region.class);
        for (Region region : settings.regions()) {
            List<String> members = municipalities.stream().filter(region::includes).toList();
            if (members.isEmpty()) {
                throw new IllegalStateException("reference.municipalities holds no municipality of region "
                        + region.code());
            }
            homes.put(region, members);
            List<String> own = catalog.stream()
                    .filter(event -> openIds.contains(event.id()) && region.includes(event.principalMunicipality()))
                    .map(CourseEventEntry::id)
                    .toList();
            events.put(region, own.isEmpty() ? open : own);
        }
        return new RegionalMix(bodies, homes, events, open, settings.choices(), settings.badRatio(), settings.seed());
    }

    @Override
    public synchronized PlannedRequest next(long sequence) {
        Region region = region();
        List<String> members = homes.get(region);
        String home = members.get(random.nextInt(members.size()));
        List<String> offer = random.nextDouble() < CROSS_REGION_RATIO ? allCourseEvents : courseEvents.get(region);
        List<String> chosen = pick(offer, choices.draw(random));
        if (random.nextDouble() < badRatio) {
            return bodies.malformed(sequence, home, chosen, random);
        }
        return bodies.valid(sequence, home, chosen, random);
    }

    private Region region() {
        int total = regions.stream().mapToInt(Region::weight).sum();
        int draw = random.nextInt(total);
        for (Region region : regions) {
            draw -= region.weight();
            if (draw < 0) {
                return region;
            }
        }
        throw new IllegalStateException("region weights do not add up");
    }

    private List<String> pick(List<String> offer, int count) {
        if (count >= offer.size()) {
            List<String> all = new ArrayList<>(offer);
            Collections.shuffle(all, random);
            return all;
        }
        List<String> chosen = new ArrayList<>(count);
        while (chosen.size() < count) {
            String event = offer.get(random.nextInt(offer.size()));
            if (!chosen.contains(event)) {
                chosen.add(event);
            }
        }
        return chosen;
    }
}
