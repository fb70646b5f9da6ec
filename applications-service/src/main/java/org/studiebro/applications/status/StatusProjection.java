package org.studiebro.applications.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.studiebro.events.Applicant;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CourseChoice;
import org.studiebro.events.StatusChange;

/** How submitted and status-changed events become what the learner sees. */
final class StatusProjection {

    private StatusProjection() {
    }

    /** Accepted, and not yet answered by the routing-service. */
    static ApplicationStatus received(ApplicationSubmitted submitted) {
        List<ApplicationStatus.Choice> choices = new ArrayList<>();
        for (CourseChoice choice : submitted.getChoices()) {
            choices.add(new ApplicationStatus.Choice(choice.getRank(), choice.getCourseEventId(), null, null, null,
                    ChoiceState.RECEIVED.name(), null, null, null, null, null, null));
        }
        return new ApplicationStatus(submitted.getApplicationId(), ApplicationState.RECEIVED.name(),
                submitted.getMetadata().getOccurredAt(), submitted.getMetadata().getOccurredAt(),
                learner(submitted.getApplicant()), choices, List.of());
    }

    /** The picture after {@code changed}, with its change appended to the history of {@code previous}. */
    static ApplicationStatus changed(ApplicationStatus previous, ApplicationStatusChanged changed) {
        List<ApplicationStatus.Change> history = new ArrayList<>(previous == null ? List.of() : previous.history());
        history.add(change(changed));
        List<ApplicationStatus.Choice> choices = new ArrayList<>();
        for (ChoiceStatus choice : changed.getChoices()) {
            choices.add(new ApplicationStatus.Choice(choice.getRank(), choice.getCourseEventId(), choice.getCourseCode(),
                    choice.getCourseName(), choice.getSeatOwner(), choice.getState().name(),
                    choice.getCostDecision().name(), choice.getReservePosition(), choice.getAuthority().name(),
                    choice.getDecidedBy(), choice.getReason(), choice.getChangedAt()));
        }
        return new ApplicationStatus(changed.getApplicationId(), changed.getStatus().name(), changed.getSubmittedAt(),
                changed.getMetadata().getOccurredAt(), learner(changed.getApplicant()), choices, history);
    }

    /**
     * {@code current} with an earlier change put into its history in version order, as if it had come in its turn:
     * the picture stays the latest change's. A version the history already has changes nothing.
     */
    static ApplicationStatus withEarlierChange(ApplicationStatus current, ApplicationStatusChanged earlier) {
        if (current.history().stream().anyMatch(change -> change.version() == earlier.getVersion())) {
            return current;
        }
        List<ApplicationStatus.Change> history = new ArrayList<>(current.history());
        history.add(change(earlier));
        history.sort(Comparator.comparingInt(ApplicationStatus.Change::version));
        return new ApplicationStatus(current.applicationId(), current.status(), current.submittedAt(),
                current.updatedAt(), current.applicant(), current.choices(), history);
    }

    private static ApplicationStatus.Change change(ApplicationStatusChanged changed) {
        StatusChange change = changed.getChange();
        return new ApplicationStatus.Change(changed.getVersion(), changed.getMetadata().getOccurredAt(),
                changed.getStatus().name(), change.getChoiceRank(), change.getAuthority().name(),
                change.getDecidedBy(), change.getReasonCode(), change.getReason());
    }

    private static ApplicationStatus.Learner learner(Applicant applicant) {
        return new ApplicationStatus.Learner(applicant.getGivenName(), applicant.getFamilyName(),
                applicant.getNationalId(), applicant.getLanguage().name().toLowerCase(Locale.ROOT),
                applicant.getHomeMunicipality());
    }
}
