package org.studiebro.platform.demo;

import java.net.URI;

import org.studiebro.platform.demo.PlatformClient.Submission;

/** A submitted sample application and what the demo has seen of it so far. */
final class SubmittedSample {

    private final SampleApplication sample;
    private final Submission submission;
    private final long submittedAt;
    private String status;
    private long decidedAt;

    SubmittedSample(SampleApplication sample, Submission submission, long submittedAt) {
        this.sample = sample;
        this.submission = submission;
        this.submittedAt = submittedAt;
    }

    void observe(String status, boolean isFinal, long at) {
        this.status = status;
        if (isFinal && decidedAt == 0) {
            decidedAt = at;
        }
    }

    SampleApplication sample() {
        return sample;
    }

    boolean accepted() {
        return submission.location() != null;
    }

    URI location() {
        return submission.location();
    }

    String refusal() {
        return submission.refusal();
    }

    /** The last status seen; "REFUSED" when the POST was refused, "UNSEEN" before the first answer. */
    String status() {
        if (!accepted()) {
            return "REFUSED";
        }
        return status == null ? "UNSEEN" : status;
    }

    boolean isFinal() {
        return decidedAt != 0;
    }

    long millisToFinal() {
        return (decidedAt - submittedAt) / 1_000_000;
    }
}
