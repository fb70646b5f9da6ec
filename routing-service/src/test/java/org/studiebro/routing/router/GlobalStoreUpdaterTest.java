package org.studiebro.routing.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CostRule;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.CourseKind;
import org.studiebro.routing.router.GlobalStoreUpdater.Content;
import org.studiebro.routing.rules.TestEvents;
import org.studiebro.routing.rules.TestWorld;

class GlobalStoreUpdaterTest {

    private final Content<CourseEventPublished> catalog =
            new Content<>(CourseEventPublished.class, CourseEventPublished::getCourseEventId);
    private final CourseEventPublished courseEvent = TestEvents.courseEvent("gbg-vard", TestWorld.GOTEBORG_VUX,
            TestWorld.GOTEBORG, CourseKind.VOCATIONAL, CourseEventStatus.OPEN, TestWorld.FAR_DEADLINE);

    @Test
    void aRecordOfTheTopicsTypeUnderItsOwnIdIsKept() {
        assertThat(catalog.check("gbg-vard", courseEvent)).isSameAs(courseEvent);
    }

    @Test
    void aRecordOfAnotherTopicsTypeIsUnprocessable() {
        CooperationAreaDefined area = TestEvents.area("gbg-vard", CostRule.AUTOMATIC, List.of(CourseKind.VOCATIONAL),
                TestWorld.GOTEBORG);

        assertThatThrownBy(() -> catalog.check("gbg-vard", area))
                .isInstanceOf(UnprocessableRecordException.class)
                .hasMessage("expected a CourseEventPublished, not org.studiebro.events.CooperationAreaDefined");
    }

    @Test
    void aRecordUnderAnotherKeyThanItsIdIsUnprocessable() {
        assertThatThrownBy(() -> catalog.check("gbg-el", courseEvent))
                .isInstanceOf(UnprocessableRecordException.class)
                .hasMessage("the key gbg-el is not the CourseEventPublished's id gbg-vard");
    }
}
