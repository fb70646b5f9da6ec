package org.studiebro.reference.municipality;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.studiebro.events.CourseKind;

/**
 * The reference home municipality (studiebro.municipality.*; switched off with
 * studiebro.municipality.enabled=false).
 *
 * @param applicationId Kafka Streams application id (consumer group, internal topics, transactional ids)
 * @param parties municipality party ids answered for; "*" answers on every cost-requests.* topic
 * @param partitions partitions of the internal topic where cost requests and officers' decisions meet; fixed
 *                   before the first start (changing it means resetting the application)
 * @param manual true: no cost request is answered automatically (the platform shows the application waiting on
 *               the home municipality); the requests are kept and answered at a reminder once this is false
 * @param manualMunicipalities municipalities that are never answered automatically, even when manual is false;
 *                             their officers decide over HTTP
 * @param refuseCourseCodes course codes the home municipality refuses to pay for
 * @param refuseCourseKinds course kinds the home municipality refuses to pay for
 * @param refusingMunicipalities home municipalities that refuse every cost request
 * @param refusalReasonCode the machine-readable reason of a refusal
 * @param refusalReason the grounds given with a refusal, in words
 */
@ConfigurationProperties("studiebro.municipality")
record MunicipalityProperties(
        @DefaultValue("studiebro-reference-municipality") String applicationId,
        @DefaultValue("*") List<String> parties,
        @DefaultValue("3") int partitions,
        @DefaultValue("false") boolean manual,
        @DefaultValue Set<String> manualMunicipalities,
        @DefaultValue Set<String> refuseCourseCodes,
        @DefaultValue Set<CourseKind> refuseCourseKinds,
        @DefaultValue Set<String> refusingMunicipalities,
        @DefaultValue("COURSE_OFFERED_AT_HOME") String refusalReasonCode,
        @DefaultValue("Utbildningen finns i hemkommunen") String refusalReason) {

    /** Whether the reference answers this municipality's cost requests without a person deciding. */
    boolean answersAutomatically(String municipality) {
        return !manual && !manualMunicipalities.contains(municipality);
    }
}
