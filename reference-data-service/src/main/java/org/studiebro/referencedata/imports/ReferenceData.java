package org.studiebro.referencedata.imports;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.ProviderRegistered;

/** Reference data and catalog, checked and ready to publish. */
record ReferenceData(List<MunicipalityRegistered> municipalities, List<CooperationAreaDefined> cooperationAreas,
        List<ProviderRegistered> providers, List<CourseEventPublished> courseEvents) {

    SortedSet<String> seatOwners() {
        TreeSet<String> owners = new TreeSet<>();
        courseEvents.forEach(event -> owners.add(event.getSeatOwner()));
        return owners;
    }

    SortedSet<String> municipalityIds() {
        TreeSet<String> ids = new TreeSet<>();
        municipalities.forEach(municipality -> ids.add(municipality.getMunicipalityId()));
        return ids;
    }
}
