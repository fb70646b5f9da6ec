package org.studiebro.authorization.accounts;

/** What a token's bearer may do at Studiebro's APIs; the token's {@code roles} claim carries these names. */
public enum Role {
    /** An upstream web form that submits applications; its client id becomes the application's source. */
    FORM_CLIENT,
    /** A learner signed in with an e-ID: their own applications only. */
    LEARNER,
    /** A home municipality's officer: its residents' applications and its cost requests. */
    MUNICIPALITY_OFFICER,
    /** A seat owner's officer: its seat requests. */
    SEAT_OWNER_OFFICER,
    /** Operates the platform: masked streams, dead letters, reference data imports. */
    OPERATOR,
    /** Reads schemas from the schema registry: every service, the operators' tools, the parties' systems. */
    SCHEMA_READER,
    /** Also registers schemas: the provisioning principal, and the reference-data-service for parties' topics. */
    SCHEMA_WRITER
}
