package org.studiebro.endtoend;

/**
 * The provider's sample learners, whose e-ID identity numbers let them read and withdraw their own applications:
 * an application for one of them carries the number as the form writes it.
 */
final class SampleLearners {

    static final String ANNA = "anna";
    /** Anna's personnummer 19811218-9876 as an application carries it. */
    static final String ANNA_NATIONAL_ID = "811218-9876";
    static final String KARI = "kari";
    static final String KARI_NATIONAL_ID = "15039010043";

    private SampleLearners() {
    }
}
