package org.studiebro.notification.messages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.springframework.stereotype.Component;
import org.studiebro.events.Applicant;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.Language;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.events.NoticeKind;
import org.studiebro.notification.StatusChanges;
import org.studiebro.notification.municipality.NoticeKinds;
import org.studiebro.schemas.PersonalData;
import org.studiebro.schemas.Topics;

/**
 * What a home municipality reads about its resident's application, in Swedish for se-* municipalities and in
 * Norwegian bokmål for no-*: the same text goes on its notice topic and into its e-mail. The identity number is
 * masked here: the full one travels only in the notice record's applicant field, on the municipality's own topic.
 */
@Component
public class MunicipalityMessages {

    private static final DateTimeFormatter PERIOD_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final MessageTemplates templates;

    public MunicipalityMessages() {
        this.templates = MessageTemplates.load();
    }

    /** Norwegian municipalities read bokmål, every other one Swedish. */
    public static Language languageOf(String municipality) {
        return municipality.startsWith("no-") ? Language.NB : Language.SV;
    }

    public RenderedMessage render(ApplicationStatusChanged event, NoticeKind kind) {
        Language language = languageOf(event.getApplicant().getHomeMunicipality());
        Optional<ChoiceStatus> changed = NoticeKinds.choiceOf(event);
        String headline = templates.text(language, headlineKey(language, kind, changed));
        String subject = templates.render(language, "notice.subject",
                Map.of("headline", headline, "applicationId", event.getApplicationId()));

        Applicant applicant = event.getApplicant();
        StringJoiner body = new StringJoiner("\n", "", "\n");
        body.add(headline);
        body.add("");
        body.add(templates.render(language, "notice.resident", Map.of(
                "givenName", applicant.getGivenName(),
                "familyName", applicant.getFamilyName(),
                "nationalId", PersonalData.mask(applicant.getNationalId()))));
        body.add(templates.render(language, "notice.application", Map.of("applicationId", event.getApplicationId())));
        body.add(templates.render(language, "notice.status",
                Map.of("status", templates.text(language, "state.application." + event.getStatus().name()))));
        changed.ifPresent(choice -> {
            body.add(templates.render(language, "notice.choice", Map.of(
                    "rank", choice.getRank(),
                    "course", StatusChanges.courseOf(choice),
                    "courseEventId", choice.getCourseEventId(),
                    "seatOwner", orUnknown(language, choice.getSeatOwner()),
                    "outcome", templates.choiceState(language, choice))));
            body.add(templates.render(language, "notice.cost",
                    Map.of("cost", templates.text(language, "notice.cost." + choice.getCostDecision().name()))));
        });
        body.add(templates.render(language, "notice.decidedBy", Map.of(
                "authority", templates.text(language, "notice.authority." + event.getChange().getAuthority().name()),
                "decidedBy", event.getChange().getDecidedBy())));
        body.add(templates.render(language, "notice.reason", Map.of("reason", event.getChange().getReason())));
        body.add("");
        body.add(templates.text(language, "notice.footer"));
        return new RenderedMessage(language, MessageTemplates.code(language), subject, body.toString());
    }

    /**
     * The digest of a period's notices: one line per notice with the application, what it was about and the course
     * event; no names or identity numbers, which the municipality reads on its own topic.
     */
    public RenderedMessage renderDigest(String municipality, Instant from, Instant to,
            List<MunicipalityNotice> notices) {
        Language language = languageOf(municipality);
        Map<String, Object> period = Map.of("from", PERIOD_TIME.format(from), "to", PERIOD_TIME.format(to),
                "count", notices.size(), "topic", Topics.municipalityNotices(municipality));
        StringJoiner body = new StringJoiner("\n", "", "\n");
        body.add(templates.render(language, "digest.intro", period));
        body.add("");
        for (MunicipalityNotice notice : notices) {
            body.add(templates.render(language, "digest.line", Map.of(
                    "applicationId", notice.getApplicationId(),
                    "kind", templates.text(language, "digest.kind." + notice.getKind().name()),
                    "courseEventId", orUnknown(language, notice.getCourseEventId()))));
        }
        body.add("");
        body.add(templates.text(language, "notice.footer"));
        return new RenderedMessage(language, MessageTemplates.code(language),
                templates.render(language, "digest.subject", period), body.toString());
    }

    /** A cost commitment says whether it follows from an agreement or from the municipality's own approval. */
    private String headlineKey(Language language, NoticeKind kind, Optional<ChoiceStatus> changed) {
        String key = "notice.kind." + kind.name();
        return changed.map(choice -> key + "." + choice.getCostDecision().name())
                .filter(specific -> templates.has(language, specific))
                .orElse(key);
    }

    private String orUnknown(Language language, String value) {
        return value != null ? value : templates.text(language, "notice.unknown");
    }
}
