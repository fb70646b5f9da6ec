package org.studiebro.referencedata.catalog;

import java.util.List;

/** One catalog file in the shape of a Susa-navet (EMIL) export: providers, course infos and course events. */
public record CatalogExport(String exportedAt, List<Provider> providers, List<CourseInfo> courseInfos,
        List<Event> events) {

    public record Provider(String id, String name, String municipality) {
    }

    public record CourseInfo(String code, String name, String kind) {
    }

    public record Event(String id, String courseCode, String providerId, String seatOwner,
            String principalMunicipality, String place, String start, String end, Integer pacePercent,
            String language, Integer seats, String applicationDeadline, String status) {
    }
}
