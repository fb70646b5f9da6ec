package org.studiebro.referencedata.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CostRule;
import org.studiebro.events.CourseKind;
import org.studiebro.schemas.Events;

class SameContentTest {

    @Test
    void metadataDoesNotCountButContentDoes() {
        CooperationAreaDefined published = area("import-1", List.of("se-1480", "se-1481"));
        CooperationAreaDefined again = area("import-2", List.of("se-1480", "se-1481"));
        CooperationAreaDefined widened = area("import-3", List.of("se-1480", "se-1481", "se-1384"));

        assertThat(SameContent.same(published, again)).isTrue();
        assertThat(SameContent.same(published, widened)).isFalse();
        assertThat(SameContent.same(null, again)).isFalse();
    }

    private static CooperationAreaDefined area(String correlationId, List<String> members) {
        return CooperationAreaDefined.newBuilder()
                .setMetadata(Events.metadata(correlationId, null, "reference-data-service", Instant.now()))
                .setAreaId("goteborgsregionen-yrkesvux")
                .setName("Göteborgsregionen")
                .setMembers(members)
                .setCourseKinds(List.of(CourseKind.VOCATIONAL))
                .setCostRule(CostRule.AUTOMATIC)
                .build();
    }
}
