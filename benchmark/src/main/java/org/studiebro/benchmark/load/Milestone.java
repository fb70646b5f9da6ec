package org.studiebro.benchmark.load;

/** What the load measures from the moment an application was due to be sent. */
public enum Milestone {

    INTAKE("intake answer (202)", "intake"),
    SUBMITTED("submit → ApplicationSubmitted visible", "submitted"),
    SEAT_REQUESTED("submit → SeatRequested visible", "seat_requested"),
    FINAL_STATUS("submit → final status visible", "final_status"),
    FIRST_EMAIL("submit → learner's first e-mail sent", "first_email"),
    FINAL_EMAIL("submit → learner's e-mail of the final status sent", "final_email");

    private final String label;
    private final String series;

    Milestone(String label, String series) {
        this.label = label;
        this.series = series;
    }

    public String label() {
        return label;
    }

    /** The name of its per-second series and CSV columns. */
    public String series() {
        return series;
    }
}
