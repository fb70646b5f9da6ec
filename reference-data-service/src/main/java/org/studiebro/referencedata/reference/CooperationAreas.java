package org.studiebro.referencedata.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CostRule;
import org.studiebro.events.CourseKind;
import org.studiebro.events.EventMetadata;
import org.studiebro.schemas.Topics;

/** Checks cooperation-areas.json and turns its entries into CooperationAreaDefined events. */
public final class CooperationAreas {

    private CooperationAreas() {
    }

    public static List<CooperationAreaDefined> validate(String file, List<CooperationAreaEntry> entries,
            Set<String> municipalities, Supplier<EventMetadata> metadata, List<ReferenceDataProblem> problems) {
        List<CooperationAreaDefined> areas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            CooperationAreaEntry entry = entries.get(i);
            EntryChecks checks = new EntryChecks(file, EntryChecks.describe("", i, entry.id()), problems);
            boolean valid = checks.required(entry.id(), "id")
                    & checks.required(entry.name(), "name")
                    & checks.check(entry.members() != null && !entry.members().isEmpty(), "members are missing")
                    & checks.check(entry.courseKinds() != null && !entry.courseKinds().isEmpty(),
                            "courseKinds are missing");
            if (!valid) {
                continue;
            }
            valid = checks.check(Topics.isPartyId(entry.id()), "id must be lowercase letters, digits and '-'")
                    & checks.check(seen.add(entry.id()), "id appears more than once");
            for (String member : entry.members()) {
                valid &= checks.check(municipalities.contains(member),
                        "member " + member + " is not in municipalities.json");
            }
            List<CourseKind> kinds = new ArrayList<>();
            for (String kind : entry.courseKinds()) {
                CourseKind courseKind = Enums.parse(CourseKind.class, kind);
                valid &= checks.check(courseKind != null, "course kind " + kind + " is not one of "
                        + Enums.symbols(CourseKind.class));
                kinds.add(courseKind);
            }
            CostRule costRule = Enums.parse(CostRule.class, entry.costRule());
            valid &= checks.check(costRule != null,
                    "costRule must be one of " + Enums.symbols(CostRule.class) + ", was " + entry.costRule());
            if (valid) {
                areas.add(CooperationAreaDefined.newBuilder()
                        .setMetadata(metadata.get())
                        .setAreaId(entry.id())
                        .setName(entry.name())
                        .setMembers(List.copyOf(entry.members()))
                        .setCourseKinds(kinds)
                        .setCostRule(costRule)
                        .build());
            }
        }
        return areas;
    }
}
