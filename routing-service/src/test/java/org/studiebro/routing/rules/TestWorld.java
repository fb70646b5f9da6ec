package org.studiebro.routing.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CostRule;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.CourseKind;

/**
 * A small catalog and its reference data: Göteborgsregionen's automatic agreement on vocational courses, a
 * Stockholm agreement where the home municipality decides, and Uppsala outside both.
 */
public final class TestWorld implements RoutingReferences {

    public static final String GOTEBORG = "se-1480";
    public static final String MOLNDAL = "se-1481";
    public static final String KUNGSBACKA = "se-1384";
    public static final String STOCKHOLM = "se-0180";
    public static final String SOLNA = "se-0184";
    public static final String UPPSALA = "se-0380";
    public static final Set<String> MUNICIPALITIES = Set.of(GOTEBORG, MOLNDAL, KUNGSBACKA, STOCKHOLM, SOLNA, UPPSALA);

    public static final String GOTEBORG_VUX = "goteborg-vux";
    public static final String MOLNDAL_VUX = "molndal-vux";
    public static final String STOCKHOLM_VUX = "stockholm-vux";
    public static final String SOLNA_VUX = "solna-vux";

    public static final LocalDate FAR_DEADLINE = LocalDate.parse("2099-12-31");

    public static final List<CourseEventPublished> COURSE_EVENTS = List.of(
            open("gbg-vard", GOTEBORG_VUX, GOTEBORG, CourseKind.VOCATIONAL),
            open("gbg-el", GOTEBORG_VUX, GOTEBORG, CourseKind.VOCATIONAL),
            open("gbg-matte", GOTEBORG_VUX, GOTEBORG, CourseKind.UPPER_SECONDARY_GENERAL),
            open("molndal-lager", MOLNDAL_VUX, MOLNDAL, CourseKind.VOCATIONAL),
            open("sthlm-it", STOCKHOLM_VUX, STOCKHOLM, CourseKind.VOCATIONAL),
            open("solna-vard", SOLNA_VUX, SOLNA, CourseKind.VOCATIONAL),
            TestEvents.courseEvent("gbg-closed", GOTEBORG_VUX, GOTEBORG, CourseKind.VOCATIONAL,
                    CourseEventStatus.CLOSED, FAR_DEADLINE),
            TestEvents.courseEvent("gbg-cancelled", GOTEBORG_VUX, GOTEBORG, CourseKind.VOCATIONAL,
                    CourseEventStatus.CANCELLED, FAR_DEADLINE),
            TestEvents.courseEvent("gbg-deadline", GOTEBORG_VUX, GOTEBORG, CourseKind.VOCATIONAL,
                    CourseEventStatus.OPEN, LocalDate.parse("2026-11-22")));

    public static final List<CooperationAreaDefined> AREAS = List.of(
            TestEvents.area("goteborgsregionen-yrkesvux", CostRule.AUTOMATIC, List.of(CourseKind.VOCATIONAL),
                    GOTEBORG, MOLNDAL, KUNGSBACKA),
            TestEvents.area("stockholm-yrkesvux", CostRule.HOME_MUNICIPALITY_DECIDES,
                    List.of(CourseKind.VOCATIONAL), STOCKHOLM, SOLNA));

    private final Map<String, CourseEventPublished> courseEvents = COURSE_EVENTS.stream()
            .collect(Collectors.toMap(CourseEventPublished::getCourseEventId, Function.identity()));

    @Override
    public Optional<CourseEventPublished> courseEvent(String courseEventId) {
        return Optional.ofNullable(courseEvents.get(courseEventId));
    }

    @Override
    public Collection<CooperationAreaDefined> cooperationAreas() {
        return AREAS;
    }

    @Override
    public boolean isMunicipality(String municipalityId) {
        return MUNICIPALITIES.contains(municipalityId);
    }

    private static CourseEventPublished open(String id, String seatOwner, String principal, CourseKind kind) {
        return TestEvents.courseEvent(id, seatOwner, principal, kind, CourseEventStatus.OPEN, FAR_DEADLINE);
    }
}
