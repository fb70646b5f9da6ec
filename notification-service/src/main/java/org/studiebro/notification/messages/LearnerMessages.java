package org.studiebro.notification.messages;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.springframework.stereotype.Component;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.Language;
import org.studiebro.notification.StatusChanges;

/**
 * The e-mail that tells a learner, in their language, what changed in their application: the change, who decided
 * and why, where every choice stands, and where to follow the application.
 */
@Component
public class LearnerMessages {

    private final MessageTemplates templates;

    public LearnerMessages() {
        this.templates = MessageTemplates.load();
    }

    public RenderedMessage render(ApplicationStatusChanged event, String statusLink) {
        Language language = event.getApplicant().getLanguage();
        Optional<ChoiceStatus> changed = StatusChanges.changedChoice(event);
        String course = StatusChanges.mainChoice(event).map(StatusChanges::courseOf).orElse(event.getApplicationId());
        String outcome = changed.map(choice -> templates.choiceState(language, choice))
                .orElseGet(() -> templates.text(language, "state.application." + event.getStatus().name()));

        String subject = templates.render(language, "learner.subject", Map.of("course", course, "outcome", outcome));

        StringJoiner body = new StringJoiner("\n", "", "\n");
        body.add(templates.render(language, "learner.greeting",
                Map.of("givenName", event.getApplicant().getGivenName())));
        body.add("");
        body.add(changed
                .map(choice -> templates.render(language, "learner.change.choice", Map.of(
                        "rank", choice.getRank(), "course", StatusChanges.courseOf(choice), "outcome", outcome)))
                .orElseGet(() -> templates.render(language, "learner.change.application", Map.of("outcome", outcome))));
        body.add(templates.render(language, "learner.decidedBy", Map.of(
                "authority", templates.text(language, "learner.authority." + event.getChange().getAuthority().name()),
                "decidedBy", event.getChange().getDecidedBy())));
        body.add(templates.render(language, "learner.reason", Map.of("reason", event.getChange().getReason())));
        if (costRefused(event, changed)) {
            body.add("");
            body.add(templates.text(language, appealKey(event.getApplicant().getHomeMunicipality())));
        }
        body.add("");
        body.add(templates.text(language, "learner.choices"));
        event.getChoices().stream()
                .sorted(Comparator.comparingInt(ChoiceStatus::getRank))
                .forEach(choice -> body.add(templates.render(language, "learner.choice", Map.of(
                        "rank", choice.getRank(),
                        "course", StatusChanges.courseOf(choice),
                        "outcome", templates.choiceState(language, choice)))));
        body.add("");
        body.add(templates.render(language, "learner.applicationId",
                Map.of("applicationId", event.getApplicationId())));
        body.add(templates.render(language, "learner.statusLink", Map.of("statusLink", statusLink)));
        body.add("");
        body.add(templates.text(language, "learner.closing"));
        return new RenderedMessage(language, MessageTemplates.code(language), subject, body.toString());
    }

    /** The appeal text belongs to a refusal of the cost: the changed choice's, or any when the whole changed. */
    private static boolean costRefused(ApplicationStatusChanged event, Optional<ChoiceStatus> changed) {
        return changed.map(choice -> choice.getState() == ChoiceState.COST_REFUSED)
                .orElseGet(() -> event.getChoices().stream()
                        .anyMatch(choice -> choice.getState() == ChoiceState.COST_REFUSED));
    }

    /** Where the refusal is appealed follows the home municipality's country, not the learner's language. */
    private static String appealKey(String homeMunicipality) {
        return homeMunicipality.startsWith("no-") ? "learner.appeal.no" : "learner.appeal.se";
    }
}
