package org.studiebro.endtoend;

/**
 * Who reads an application's status: its learner, who needs to say nothing, or an officer or operator, who states a
 * purpose (each such read is audited).
 *
 * @param username the sample person signed in, or null for the command line (OPERATOR by client credentials)
 * @param purpose  why, for anyone but the learner; null for the learner
 */
record StatusReader(String username, String purpose) {

    static final String PURPOSE = "end-to-end test";

    /** The learner herself: {@link SampleLearners}. */
    static StatusReader learner(String username) {
        return new StatusReader(username, null);
    }

    /** The command line, for journeys of made-up learners who cannot sign in. */
    static StatusReader operator() {
        return new StatusReader(null, PURPOSE);
    }

    /** A home municipality's officer. */
    static StatusReader officer(String username) {
        return new StatusReader(username, PURPOSE);
    }

    String token(PlatformTokens tokens) {
        return username == null ? tokens.operator() : tokens.person(username);
    }
}
