package org.studiebro.routing.rules;

import java.util.Collection;

import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.CostRule;
import org.studiebro.events.CourseEventPublished;

/**
 * The cost rule: who pays for studies in another municipality (interkommunal ersättning). Nothing to decide in the
 * learner's own municipality; automatic inside a cooperation area whose agreement covers the course's kind and
 * says so; otherwise the home municipality decides.
 */
final class CostCoverage {

    private CostCoverage() {
    }

    static CostDecisionState costDecisionFor(String homeMunicipality, CourseEventPublished courseEvent,
            Collection<CooperationAreaDefined> areas) {
        String principal = courseEvent.getPrincipalMunicipality();
        if (principal.equals(homeMunicipality)) {
            return CostDecisionState.NOT_NEEDED;
        }
        // A municipality may belong to several areas; one automatic agreement that covers the course is enough.
        boolean automatic = areas.stream()
                .filter(area -> area.getMembers().contains(homeMunicipality) && area.getMembers().contains(principal))
                .filter(area -> area.getCourseKinds().contains(courseEvent.getCourseKind()))
                .anyMatch(area -> area.getCostRule() == CostRule.AUTOMATIC);
        return automatic ? CostDecisionState.AUTOMATIC : CostDecisionState.PENDING;
    }
}
