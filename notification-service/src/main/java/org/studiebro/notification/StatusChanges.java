package org.studiebro.notification;

import java.util.Comparator;
import java.util.Optional;

import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ChoiceStatus;

/** What a status event says about the choice it changed. */
public final class StatusChanges {

    private StatusChanges() {
    }

    /** The choice this event changed, or empty when the change concerns the application as a whole. */
    public static Optional<ChoiceStatus> changedChoice(ApplicationStatusChanged event) {
        Integer rank = event.getChange().getChoiceRank();
        if (rank == null) {
            return Optional.empty();
        }
        return event.getChoices().stream().filter(choice -> choice.getRank() == rank).findFirst();
    }

    /** The choice a message is mainly about: the changed one, else the learner's first wish. */
    public static Optional<ChoiceStatus> mainChoice(ApplicationStatusChanged event) {
        return changedChoice(event).or(() -> event.getChoices().stream()
                .min(Comparator.comparingInt(ChoiceStatus::getRank)));
    }

    /** The course as a person reads it: its name when the catalog knows it, else the course event id. */
    public static String courseOf(ChoiceStatus choice) {
        return choice.getCourseName() != null ? choice.getCourseName() : choice.getCourseEventId();
    }
}
