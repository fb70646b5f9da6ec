package org.studiebro.routing.router;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.routing.rules.RoutingReferences;

/** The catalog and reference data, from the global stores every routing task sees in full. */
final class StoreReferences implements RoutingReferences {

    private final KeyValueStore<String, Object> courseEvents;
    private final KeyValueStore<String, Object> cooperationAreas;
    private final KeyValueStore<String, Object> municipalities;

    StoreReferences(KeyValueStore<String, Object> courseEvents, KeyValueStore<String, Object> cooperationAreas,
            KeyValueStore<String, Object> municipalities) {
        this.courseEvents = courseEvents;
        this.cooperationAreas = cooperationAreas;
        this.municipalities = municipalities;
    }

    @Override
    public Optional<CourseEventPublished> courseEvent(String courseEventId) {
        return Optional.ofNullable(courseEvents.get(courseEventId))
                .filter(CourseEventPublished.class::isInstance)
                .map(CourseEventPublished.class::cast);
    }

    /** There are a handful of cooperation areas, so reading them all per application is cheap. */
    @Override
    public Collection<CooperationAreaDefined> cooperationAreas() {
        List<CooperationAreaDefined> areas = new ArrayList<>();
        try (KeyValueIterator<String, Object> all = cooperationAreas.all()) {
            while (all.hasNext()) {
                KeyValue<String, Object> area = all.next();
                if (area.value instanceof CooperationAreaDefined defined) {
                    areas.add(defined);
                }
            }
        }
        return areas;
    }

    @Override
    public boolean isMunicipality(String municipalityId) {
        return municipalityId != null && municipalities.get(municipalityId) != null;
    }
}
