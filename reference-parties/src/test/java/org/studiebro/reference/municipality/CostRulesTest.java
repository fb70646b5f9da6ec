package org.studiebro.reference.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CourseKind;

class CostRulesTest {

    private final CostRules rules = new CostRules(Set.of("REFUSED1"), Set.of(CourseKind.BASIC), Set.of("se-1401"),
            "COURSE_OFFERED_AT_HOME", "Utbildningen finns i hemkommunen");

    @Test
    void approvesWhenNoRuleRefuses() {
        CostRules.CostAnswer answer = rules.decide("se-1480", "VÅRVÅRD0", CourseKind.VOCATIONAL);

        assertThat(answer.outcome()).isEqualTo(CostOutcome.APPROVED);
        assertThat(answer.reasonCode()).isEqualTo(CostRules.AGREEMENT_OR_NEED);
    }

    @Test
    void refusesAListedCourseCodeWithTheConfiguredReason() {
        CostRules.CostAnswer answer = rules.decide("se-1480", "REFUSED1", CourseKind.VOCATIONAL);

        assertThat(answer.outcome()).isEqualTo(CostOutcome.REFUSED);
        assertThat(answer.reasonCode()).isEqualTo("COURSE_OFFERED_AT_HOME");
        assertThat(answer.reason()).isEqualTo("Utbildningen finns i hemkommunen");
    }

    @Test
    void refusesAListedCourseKind() {
        assertThat(rules.decide("se-1480", "GRNMAT2", CourseKind.BASIC).outcome()).isEqualTo(CostOutcome.REFUSED);
    }

    @Test
    void aRefusingMunicipalityRefusesEveryCourse() {
        assertThat(rules.decide("se-1401", "VÅRVÅRD0", CourseKind.VOCATIONAL).outcome())
                .isEqualTo(CostOutcome.REFUSED);
    }

    @Test
    void takesItsRulesAndReasonTextFromTheProperties() {
        MunicipalityProperties properties = new MunicipalityProperties("app", List.of("*"), 3, false, Set.of(),
                Set.of("REFUSED1"), Set.of(), Set.of(), "IN_HOME_MUNICIPALITY", "Kursen ges i Ale");

        CostRules.CostAnswer answer = CostRules.of(properties).decide("se-1440", "REFUSED1", CourseKind.VOCATIONAL);

        assertThat(answer.reasonCode()).isEqualTo("IN_HOME_MUNICIPALITY");
        assertThat(answer.reason()).isEqualTo("Kursen ges i Ale");
    }

    @Test
    void manualSwitchesOffAutomaticAnswersForAllOrForListedMunicipalities() {
        MunicipalityProperties listed = new MunicipalityProperties("app", List.of("*"), 3, false, Set.of("se-1480"),
                Set.of(), Set.of(), Set.of(), "C", "R");
        MunicipalityProperties all = new MunicipalityProperties("app", List.of("*"), 3, true, Set.of(),
                Set.of(), Set.of(), Set.of(), "C", "R");

        assertThat(listed.answersAutomatically("se-1480")).isFalse();
        assertThat(listed.answersAutomatically("se-1440")).isTrue();
        assertThat(all.answersAutomatically("se-1440")).isFalse();
    }
}
