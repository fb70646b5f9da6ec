package org.studiebro.endtoend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CostRule;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.CourseKind;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;

/**
 * A municipality, a cooperation area joining it to Stockholm with an automatic cost rule, and a Stockholm course
 * event of stockholm-vux, written as the reference-data-service's import writes reference data, so that a journey shows
 * every reader of these topics used records that came after poison.
 */
record NewReferenceData(String municipalityId, String areaId, String courseEventId, LocalDate today) {

    private static final String STOCKHOLM = "se-0180";
    private static final String STOCKHOLM_VUX = "stockholm-vux";

    static NewReferenceData of(String run, LocalDate today) {
        // Swedish municipality codes stop below 2600, so se-9xxx is no real one.
        String municipality = "se-9" + String.format("%03d", Math.floorMod(run.hashCode(), 1000));
        return new NewReferenceData(municipality, "poison-sweep-area-" + run, "poison-sweep-course-" + run, today);
    }

    String municipalityEmail() {
        return "vuxenutbildning@" + municipalityId + ".studiebro.test";
    }

    /** The notification-service writes the municipality's notices there. */
    void provisionNoticeTopic(SharedInfrastructure infrastructure) {
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provision(Map.of(Topics.municipalityNotices(municipalityId),
                    MunicipalityNotice.getClassSchema()));
        }
    }

    void publish(EventPublisher publisher) {
        publisher.send(Topics.REFERENCE_MUNICIPALITIES, municipalityId, MunicipalityRegistered.newBuilder()
                .setMetadata(metadata()).setMunicipalityId(municipalityId).setCode(municipalityId.substring(3))
                .setCountry("SE").setName("Nyköpinge").setCounty("Stockholms län").setEmail(municipalityEmail())
                .build());
        publisher.send(Topics.REFERENCE_COOPERATION_AREAS, areaId, CooperationAreaDefined.newBuilder()
                .setMetadata(metadata()).setAreaId(areaId).setName("Nyköpinge och Stockholm, yrkesvux")
                .setMembers(List.of(municipalityId, STOCKHOLM)).setCourseKinds(List.of(CourseKind.VOCATIONAL))
                .setCostRule(CostRule.AUTOMATIC).build());
        publisher.send(Topics.CATALOG_COURSE_EVENTS, courseEventId, CourseEventPublished.newBuilder()
                .setMetadata(metadata()).setCourseEventId(courseEventId).setCourseCode("YP-SVETS")
                .setCourseName("Svetsare").setCourseKind(CourseKind.VOCATIONAL).setProviderId(STOCKHOLM_VUX)
                .setSeatOwner(STOCKHOLM_VUX).setPrincipalMunicipality(STOCKHOLM).setPlace("Stockholm")
                .setStartDate(today.plusDays(60)).setEndDate(today.plusDays(150)).setPacePercent(100)
                .setInstructionLanguage("sv").setSeats(12).setApplicationDeadline(today.plusDays(30))
                .setStatus(CourseEventStatus.OPEN).build());
    }

    private EventMetadata metadata() {
        return Events.metadata("poison-sweep-" + courseEventId, null, "reference-data-service", Instant.now());
    }
}
