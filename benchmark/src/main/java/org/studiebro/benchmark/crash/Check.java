package org.studiebro.benchmark.crash;

/**
 * One line of the reconciliation: how many things were expected, how many were found exactly once, how many are
 * missing and how many came more than once.
 *
 * @param doublesTolerated the doubles are a documented at-least-once window (a second copy of one e-mail, same
 *                         Message-ID): shown, counted, but not a failure
 * @param note             what the numbers leave out, or ""
 */
record Check(String name, long expected, long found, long lost, long doubled, boolean doublesTolerated,
        String note) {

    static Check of(String name, long expected, long found, long lost, long doubled, String note) {
        return new Check(name, expected, found, lost, doubled, false, note);
    }

    boolean failed() {
        return lost > 0 || (doubled > 0 && !doublesTolerated);
    }
}
