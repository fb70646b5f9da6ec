package org.studiebro.referencedata.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;
import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.ProviderRegistered;
import org.studiebro.referencedata.catalog.CatalogExport;
import org.studiebro.referencedata.catalog.CatalogValidation;
import org.studiebro.referencedata.reference.CooperationAreaEntry;
import org.studiebro.referencedata.reference.CooperationAreas;
import org.studiebro.referencedata.reference.MunicipalityEntry;
import org.studiebro.referencedata.reference.Municipalities;
import org.studiebro.referencedata.reference.ReferenceDataProblem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and checks every file of the import location; all problems are collected before any is reported. */
@Component
class ReferenceDataFiles {

    static final String MUNICIPALITIES = "municipalities.json";
    static final String COOPERATION_AREAS = "cooperation-areas.json";
    static final String CATALOG = "catalog/";

    // Susa-navet exports carry far more than Studiebro needs; what is not mapped is skipped.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ResourcePatternResolver resources;

    ReferenceDataFiles(ResourceLoader resourceLoader) {
        this.resources = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
    }

    /** @throws InvalidReferenceDataException naming every bad file and entry */
    ReferenceData read(String directory, Supplier<EventMetadata> metadata) {
        List<ReferenceDataProblem> problems = new ArrayList<>();
        List<MunicipalityRegistered> municipalities = Municipalities.validate(MUNICIPALITIES,
                parse(directory, MUNICIPALITIES, new TypeReference<List<MunicipalityEntry>>() { }, problems),
                metadata, problems);
        Set<String> known = new HashSet<>();
        municipalities.forEach(municipality -> known.add(municipality.getMunicipalityId()));
        List<CooperationAreaDefined> areas = CooperationAreas.validate(COOPERATION_AREAS,
                parse(directory, COOPERATION_AREAS, new TypeReference<List<CooperationAreaEntry>>() { }, problems),
                known, metadata, problems);
        List<CourseEventPublished> courseEvents = new ArrayList<>();
        Set<String> courseEventIds = new HashSet<>();
        Map<String, ProviderRegistered> providers = new LinkedHashMap<>();
        for (Resource file : catalogFiles(directory, problems)) {
            String name = CATALOG + file.getFilename();
            CatalogExport export = parse(file, name, new TypeReference<CatalogExport>() { }, problems);
            if (export == null) {
                continue;
            }
            CatalogValidation.ValidCatalog catalog = CatalogValidation.validate(name, export, known, metadata, problems);
            for (ProviderRegistered provider : catalog.providers()) {
                ProviderRegistered earlier = providers.putIfAbsent(provider.getProviderId(), provider);
                if (earlier != null && !SameContent.same(earlier, provider)) {
                    problems.add(new ReferenceDataProblem(name, "providers " + provider.getProviderId(),
                            "provider differs from the one of the same id in an earlier catalog file"));
                }
            }
            for (CourseEventPublished event : catalog.courseEvents()) {
                if (courseEventIds.add(event.getCourseEventId())) {
                    courseEvents.add(event);
                } else {
                    problems.add(new ReferenceDataProblem(name, "events " + event.getCourseEventId(),
                            "course event id appears more than once in the catalog"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidReferenceDataException(problems);
        }
        return new ReferenceData(municipalities, areas, List.copyOf(providers.values()), courseEvents);
    }

    private <T> List<T> parse(String directory, String name, TypeReference<List<T>> type,
            List<ReferenceDataProblem> problems) {
        List<T> entries = parse(resources.getResource(directory + name), name, type, problems);
        return entries == null ? List.of() : entries;
    }

    private <T> T parse(Resource file, String name, TypeReference<T> type, List<ReferenceDataProblem> problems) {
        if (!file.exists()) {
            problems.add(new ReferenceDataProblem(name, "", "file not found at " + file.getDescription()));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            T value = JSON.readValue(in, type);
            if (value == null) {
                problems.add(new ReferenceDataProblem(name, "", "file is empty"));
            }
            return value;
        } catch (JacksonException e) {
            problems.add(new ReferenceDataProblem(name, "", "not valid JSON of the expected shape: "
                    + e.getOriginalMessage() + " at " + e.getPathReference()));
        } catch (IOException e) {
            problems.add(new ReferenceDataProblem(name, "", "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    private List<Resource> catalogFiles(String directory, List<ReferenceDataProblem> problems) {
        try {
            return Arrays.stream(resources.getResources(directory + CATALOG + "*.json"))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList();
        } catch (IOException e) {
            problems.add(new ReferenceDataProblem(CATALOG, "", "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }
}
