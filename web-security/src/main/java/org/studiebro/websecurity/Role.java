package org.studiebro.websecurity;

/** The roles a token's {@code roles} claim may carry; each becomes the authority {@code ROLE_<name>}. */
public enum Role {
    /** An upstream web form submitting applications (client credentials). */
    FORM_CLIENT,
    /** A learner signed in with an e-ID, known by the {@code identity_number} claim. */
    LEARNER,
    /** An officer of the home municipality named by the {@code municipality} claim. */
    MUNICIPALITY_OFFICER,
    /** An officer of the seat owner named by the {@code seat_owner} claim. */
    SEAT_OWNER_OFFICER,
    /** Whoever runs the platform, people and the CLI alike. */
    OPERATOR;

    /** The authority Spring Security checks, as in {@code hasRole(...)}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
