package org.studiebro.referencedata.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.CourseKind;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.ProviderRegistered;
import org.studiebro.referencedata.reference.EntryChecks;
import org.studiebro.referencedata.reference.Enums;
import org.studiebro.referencedata.reference.ReferenceDataProblem;
import org.studiebro.schemas.Topics;

/** Checks one catalog file and turns its providers and course events into events. */
public final class CatalogValidation {

    /** The valid part of one catalog file. */
    public record ValidCatalog(List<ProviderRegistered> providers, List<CourseEventPublished> courseEvents) {
    }

    private CatalogValidation() {
    }

    public static ValidCatalog validate(String file, CatalogExport export, Set<String> municipalities,
            Supplier<EventMetadata> metadata, List<ReferenceDataProblem> problems) {
        List<ProviderRegistered> registered = providers(file, nullToEmpty(export.providers()), municipalities,
                metadata, problems);
        Set<String> providers = new HashSet<>();
        registered.forEach(provider -> providers.add(provider.getProviderId()));
        Map<String, CatalogExport.CourseInfo> courses = courseInfos(file, nullToEmpty(export.courseInfos()), problems);
        List<CatalogExport.Event> events = nullToEmpty(export.events());
        List<CourseEventPublished> published = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            CatalogExport.Event event = events.get(i);
            EntryChecks checks = new EntryChecks(file, EntryChecks.describe("events", i, event.id()), problems);
            CourseEventPublished courseEvent = courseEvent(event, checks, providers, courses, municipalities, metadata);
            if (courseEvent != null) {
                published.add(courseEvent);
            }
        }
        return new ValidCatalog(registered, published);
    }

    private static CourseEventPublished courseEvent(CatalogExport.Event event, EntryChecks checks,
            Set<String> providers, Map<String, CatalogExport.CourseInfo> courses, Set<String> municipalities,
            Supplier<EventMetadata> metadata) {
        boolean valid = checks.required(event.id(), "id")
                & checks.required(event.place(), "place")
                & checks.required(event.language(), "language")
                & checks.check(event.id() == null || event.id().matches("[A-Za-z0-9._-]+"),
                        "id may hold only letters, digits, '.', '_' and '-'")
                & checks.check(courses.containsKey(event.courseCode()),
                        "courseCode " + event.courseCode() + " is not among this file's courseInfos")
                & checks.check(providers.contains(event.providerId()),
                        "providerId " + event.providerId() + " is not among this file's providers")
                & checks.check(Topics.isPartyId(event.seatOwner()),
                        "seatOwner must be lowercase letters, digits and '-', was " + event.seatOwner())
                & checks.check(municipalities.contains(event.principalMunicipality()),
                        "principalMunicipality " + event.principalMunicipality() + " is not in municipalities.json")
                & checks.check(event.pacePercent() != null && event.pacePercent() > 0 && event.pacePercent() <= 100,
                        "pacePercent must be 1 to 100")
                & checks.check(event.seats() != null && event.seats() >= 0, "seats must be 0 or more");
        LocalDate start = date(event.start(), "start", true, checks);
        LocalDate end = date(event.end(), "end", false, checks);
        LocalDate deadline = date(event.applicationDeadline(), "applicationDeadline", false, checks);
        CourseEventStatus status = Enums.parse(CourseEventStatus.class, event.status());
        valid &= checks.check(status != null,
                "status must be one of " + Enums.symbols(CourseEventStatus.class) + ", was " + event.status())
                & start != null
                & checks.check(start == null || end == null || !end.isBefore(start), "end is before start");
        if (!valid || (event.end() != null && end == null)
                || (event.applicationDeadline() != null && deadline == null)) {
            return null;
        }
        CatalogExport.CourseInfo course = courses.get(event.courseCode());
        return CourseEventPublished.newBuilder()
                .setMetadata(metadata.get())
                .setCourseEventId(event.id())
                .setCourseCode(course.code())
                .setCourseName(course.name())
                .setCourseKind(Enums.parse(CourseKind.class, course.kind()))
                .setProviderId(event.providerId())
                .setSeatOwner(event.seatOwner())
                .setPrincipalMunicipality(event.principalMunicipality())
                .setPlace(event.place())
                .setStartDate(start)
                .setEndDate(end)
                .setPacePercent(event.pacePercent())
                .setInstructionLanguage(event.language())
                .setSeats(event.seats())
                .setApplicationDeadline(deadline)
                .setStatus(status)
                .build();
    }

    private static List<ProviderRegistered> providers(String file, List<CatalogExport.Provider> providers,
            Set<String> municipalities, Supplier<EventMetadata> metadata, List<ReferenceDataProblem> problems) {
        Set<String> ids = new HashSet<>();
        List<ProviderRegistered> registered = new ArrayList<>();
        for (int i = 0; i < providers.size(); i++) {
            CatalogExport.Provider provider = providers.get(i);
            EntryChecks checks = new EntryChecks(file, EntryChecks.describe("providers", i, provider.id()), problems);
            boolean valid = checks.check(Topics.isPartyId(provider.id()),
                    "id must be lowercase letters, digits and '-', was " + provider.id())
                    & checks.required(provider.name(), "name")
                    & checks.check(municipalities.contains(provider.municipality()),
                            "municipality " + provider.municipality() + " is not in municipalities.json");
            if (valid && checks.check(ids.add(provider.id()), "id appears more than once")) {
                registered.add(ProviderRegistered.newBuilder()
                        .setMetadata(metadata.get())
                        .setProviderId(provider.id())
                        .setName(provider.name())
                        .setMunicipality(provider.municipality())
                        .build());
            }
        }
        return registered;
    }

    private static Map<String, CatalogExport.CourseInfo> courseInfos(String file,
            List<CatalogExport.CourseInfo> infos, List<ReferenceDataProblem> problems) {
        Map<String, CatalogExport.CourseInfo> byCode = new HashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            CatalogExport.CourseInfo info = infos.get(i);
            EntryChecks checks = new EntryChecks(file, EntryChecks.describe("courseInfos", i, info.code()), problems);
            boolean valid = checks.required(info.code(), "code")
                    & checks.required(info.name(), "name")
                    & checks.check(Enums.parse(CourseKind.class, info.kind()) != null,
                            "kind must be one of " + Enums.symbols(CourseKind.class) + ", was " + info.kind());
            if (valid && checks.check(!byCode.containsKey(info.code()), "code appears more than once")) {
                byCode.put(info.code(), info);
            }
        }
        return byCode;
    }

    private static LocalDate date(String text, String field, boolean required, EntryChecks checks) {
        if (text == null) {
            checks.check(!required, field + " is missing");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            checks.check(false, field + " must be a date like 2027-01-18, was " + text);
            return null;
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
