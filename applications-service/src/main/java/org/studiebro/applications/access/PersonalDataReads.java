package org.studiebro.applications.access;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.studiebro.applications.ApplicationsServiceApplication;
import org.studiebro.applications.publishing.AcknowledgedPublisher;
import org.studiebro.events.PersonalDataRead;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;
import org.studiebro.websecurity.Caller;
import org.studiebro.websecurity.Role;

/**
 * The audit trail of officers' and operators' reads of learners' applications, on audit.personal-data-reads.
 * A read waits for the broker's acknowledgement of its record: if it cannot be recorded, nothing is shown (503).
 */
@Component
class PersonalDataReads {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataReads.class);

    private final AcknowledgedPublisher publisher;
    private final Clock clock;

    PersonalDataReads(KafkaTemplate<String, Object> template, AuditProperties properties, Clock clock) {
        this.publisher = new AcknowledgedPublisher(template, properties.publishTimeout(), properties.retryAfter(),
                "audit record of this read");
        this.clock = clock;
    }

    void record(Caller caller, Role role, String applicationId, String purpose) {
        PersonalDataRead read = PersonalDataRead.newBuilder()
                .setMetadata(Events.metadata(applicationId, null, ApplicationsServiceApplication.SERVICE_NAME,
                        clock.instant()))
                .setApplicationId(applicationId)
                .setReader(caller.subject())
                .setClient(caller.clientId())
                .setRole(role.name())
                .setMunicipality(role == Role.MUNICIPALITY_OFFICER ? caller.municipality().orElse(null) : null)
                .setPurpose(purpose)
                .build();
        publisher.publish(Topics.AUDIT_PERSONAL_DATA_READS, applicationId, read);
        log.info("Application {} read by {} as {}", applicationId, caller.subject(), role);
    }
}
