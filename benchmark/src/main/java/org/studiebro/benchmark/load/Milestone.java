package org.studiebro.benchmark.load;

import java.util.Locale;

/** What the load measures from the moment an application was due to be sent. */
public enum Milestone {

    INTAKE("intake answer (202)"),
    SUBMITTED("submit → ApplicationSubmitted visible"),
    SEAT_REQUESTED("submit → SeatRequested visible"),
    FINAL_STATUS("submit → final status visible"),
    FIRST_EMAIL("submit → learner's first e-mail sent"),
    FINAL_EMAIL("submit → learner's e-mail of the final status sent");

    private final String label;

    Milestone(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name of its per-second series and CSV columns, such as seat_requested. */
    public String series() {
        return name().toLowerCase(Locale.ROOT);
    }
}
