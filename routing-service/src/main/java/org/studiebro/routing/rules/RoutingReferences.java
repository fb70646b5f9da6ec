package org.studiebro.routing.rules;

import java.util.Collection;
import java.util.Optional;

import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CourseEventPublished;

/** What routing looks up: the catalog, the cooperation areas and the registered municipalities. */
public interface RoutingReferences {

    Optional<CourseEventPublished> courseEvent(String courseEventId);

    Collection<CooperationAreaDefined> cooperationAreas();

    boolean isMunicipality(String municipalityId);
}
