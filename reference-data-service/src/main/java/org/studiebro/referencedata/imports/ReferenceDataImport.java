package org.studiebro.referencedata.imports;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.ProviderRegistered;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;

/**
 * Imports reference data and the catalog: checks every file, provisions the topics of every party, then publishes,
 * in one Kafka transaction, only the records whose content differs from what the compacted topics hold, so that a
 * re-import changes only what changed.
 *
 * <p>A course event that a re-imported catalog file no longer lists is not deleted (no tombstone): applications
 * may still point at it, and Susa-navet exports announce a cancellation as status CANCELLED, not by omission.
 */
@Service
class ReferenceDataImport {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataImport.class);

    private final ImportProperties properties;
    private final ReferenceDataFiles files;
    private final TopicProvisioning provisioning;
    private final CompactedTopicReader topics;
    private final KafkaTemplate<String, Object> template;
    private final Clock clock;

    ReferenceDataImport(ImportProperties properties, ReferenceDataFiles files, TopicProvisioning provisioning,
            CompactedTopicReader topics, KafkaTemplate<String, Object> template, Clock clock) {
        this.properties = properties;
        this.files = files;
        this.provisioning = provisioning;
        this.topics = topics;
        this.template = template;
        this.clock = clock;
    }

    /** @throws InvalidReferenceDataException when a file holds bad data; nothing is provisioned or published then */
    synchronized ImportSummary run() {
        String correlationId = "import-" + UUID.randomUUID();
        Supplier<EventMetadata> metadata = () -> Events.metadata(correlationId, null, TopicProvisioning.SERVICE,
                clock.instant());
        ReferenceData data = files.read(properties.directory(), metadata);
        provisioning.provision(data);
        List<MunicipalityRegistered> municipalities = changed(Topics.REFERENCE_MUNICIPALITIES,
                MunicipalityRegistered.class, data.municipalities(), MunicipalityRegistered::getMunicipalityId);
        List<CooperationAreaDefined> areas = changed(Topics.REFERENCE_COOPERATION_AREAS, CooperationAreaDefined.class,
                data.cooperationAreas(), CooperationAreaDefined::getAreaId);
        List<ProviderRegistered> providers = changed(Topics.REFERENCE_PROVIDERS, ProviderRegistered.class,
                data.providers(), ProviderRegistered::getProviderId);
        List<CourseEventPublished> courseEvents = changed(Topics.CATALOG_COURSE_EVENTS, CourseEventPublished.class,
                data.courseEvents(), CourseEventPublished::getCourseEventId);
        template.executeInTransaction(kafka -> {
            municipalities.forEach(m -> kafka.send(Topics.REFERENCE_MUNICIPALITIES, m.getMunicipalityId(), m));
            areas.forEach(area -> kafka.send(Topics.REFERENCE_COOPERATION_AREAS, area.getAreaId(), area));
            providers.forEach(provider -> kafka.send(Topics.REFERENCE_PROVIDERS, provider.getProviderId(), provider));
            courseEvents.forEach(event -> kafka.send(Topics.CATALOG_COURSE_EVENTS, event.getCourseEventId(), event));
            return null;
        });
        ImportSummary summary = new ImportSummary(correlationId,
                new ImportSummary.Count(data.municipalities().size(), municipalities.size()),
                new ImportSummary.Count(data.cooperationAreas().size(), areas.size()),
                new ImportSummary.Count(data.providers().size(), providers.size()),
                new ImportSummary.Count(data.courseEvents().size(), courseEvents.size()),
                data.seatOwners().size());
        LOG.info("Imported reference data from {}: {}", properties.directory(), summary);
        return summary;
    }

    private <T extends SpecificRecord> List<T> changed(String topic, Class<T> type, List<T> records,
            Function<T, String> key) {
        Map<String, T> current = topics.read(topic, type);
        return records.stream()
                .filter(record -> !SameContent.same(current.get(key.apply(record)), record))
                .toList();
    }
}
