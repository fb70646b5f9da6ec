package org.studiebro.reference.municipality;

import java.util.Set;

import org.studiebro.events.CostOutcome;
import org.studiebro.events.CourseKind;

/**
 * The reference home municipality's cost decision (IKE-beslut): it refuses a listed course code, a listed course
 * kind, or everything when it is a refusing municipality; otherwise it approves, as a municipality does inside
 * an agreement or when the learner's need cannot be met at home.
 */
final class CostRules {

    static final String AGREEMENT_OR_NEED = "AGREEMENT_OR_NEED";

    /** A decision before it becomes a CostDecided event. */
    record CostAnswer(CostOutcome outcome, String reasonCode, String reason) {
    }

    private final Set<String> refuseCourseCodes;
    private final Set<CourseKind> refuseCourseKinds;
    private final Set<String> refusingMunicipalities;
    private final CostAnswer refusal;

    CostRules(Set<String> refuseCourseCodes, Set<CourseKind> refuseCourseKinds, Set<String> refusingMunicipalities,
            String refusalReasonCode, String refusalReason) {
        this.refuseCourseCodes = Set.copyOf(refuseCourseCodes);
        this.refuseCourseKinds = Set.copyOf(refuseCourseKinds);
        this.refusingMunicipalities = Set.copyOf(refusingMunicipalities);
        this.refusal = new CostAnswer(CostOutcome.REFUSED, refusalReasonCode, refusalReason);
    }

    static CostRules of(MunicipalityProperties properties) {
        return new CostRules(properties.refuseCourseCodes(), properties.refuseCourseKinds(),
                properties.refusingMunicipalities(), properties.refusalReasonCode(), properties.refusalReason());
    }

    CostAnswer decide(String homeMunicipality, String courseCode, CourseKind courseKind) {
        if (refuseCourseCodes.contains(courseCode) || refuseCourseKinds.contains(courseKind)
                || refusingMunicipalities.contains(homeMunicipality)) {
            return refusal;
        }
        return new CostAnswer(CostOutcome.APPROVED, AGREEMENT_OR_NEED,
                "Hemkommunen betalar: avtal eller behov finns");
    }
}
