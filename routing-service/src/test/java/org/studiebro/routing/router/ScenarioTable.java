package org.studiebro.routing.router;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.avro.Schema;
import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CostRule;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.CourseKind;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.schemas.Topics;
import org.yaml.snakeyaml.Yaml;

import org.studiebro.routing.rules.TestEvents;
import org.studiebro.routing.rules.TestWorld;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The routing scenario table, src/test/resources/routing-scenarios.yaml (its header explains the columns): the
 * world every scenario routes against and the scenarios.
 */
record ScenarioTable(World world, List<RoutingScenario> scenarios) {

    private static final ScenarioTable TABLE = load();

    static ScenarioTable get() {
        return TABLE;
    }

    /** The reference data of the table, as the records the import would publish. */
    record World(Map<String, Municipality> municipalities, Map<String, CourseEvent> courseEvents,
            Map<String, Area> areas) {

        List<MunicipalityRegistered> municipalityRecords() {
            return municipalities.entrySet().stream().map(entry -> MunicipalityRegistered.newBuilder()
                    .setMetadata(TestEvents.metadata("scenario-world"))
                    .setMunicipalityId(entry.getKey())
                    .setCode(entry.getKey().substring(3))
                    .setCountry(entry.getKey().substring(0, 2).toUpperCase(Locale.ROOT))
                    .setName(entry.getValue().name())
                    .setCounty(entry.getValue().county())
                    .build()).toList();
        }

        List<CourseEventPublished> courseEventRecords() {
            return courseEvents.entrySet().stream().map(entry -> {
                CourseEvent event = entry.getValue();
                return TestEvents.courseEvent(entry.getKey(), event.seatOwner(), event.principal(), event.kind(),
                        event.status() == null ? CourseEventStatus.OPEN : event.status(),
                        event.deadline() == null ? TestWorld.FAR_DEADLINE : LocalDate.parse(event.deadline()));
            }).toList();
        }

        List<CooperationAreaDefined> areaRecords(List<String> inForce) {
            return inForce.stream().map(id -> {
                Area area = areas.get(id);
                if (area == null) {
                    throw new IllegalArgumentException("no area " + id + " in the table's world");
                }
                return TestEvents.area(id, area.costRule(), area.kinds(), area.members().toArray(String[]::new));
            }).toList();
        }

        String seatOwnerOf(String courseEventId) {
            return courseEvents.get(courseEventId).seatOwner();
        }

        /** The topics of every seat owner and municipality of the world, with their value schemas. */
        Map<String, Schema> partyTopics() {
            Map<String, Schema> topics = new LinkedHashMap<>();
            courseEvents.values().forEach(event -> topics.putAll(Topics.seatOwnerTopics(event.seatOwner())));
            municipalities.keySet().forEach(id -> topics.putAll(Topics.municipalityTopics(id)));
            return topics;
        }
    }

    record Municipality(String name, String county) {
    }

    record CourseEvent(String seatOwner, String principal, CourseKind kind, CourseEventStatus status,
            String deadline) {
    }

    record Area(List<String> members, List<CourseKind> kinds, CostRule costRule) {
    }

    private static ScenarioTable load() {
        try (InputStream yaml = ScenarioTable.class.getResourceAsStream("/routing-scenarios.yaml")) {
            // SnakeYAML reads the table, Jackson binds it to the records.
            return JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .build()
                    .convertValue(new Yaml().load(yaml), ScenarioTable.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
