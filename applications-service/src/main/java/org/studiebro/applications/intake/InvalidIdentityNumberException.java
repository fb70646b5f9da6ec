package org.studiebro.applications.intake;

/** Why an identity number was refused; the message never contains the number. */
class InvalidIdentityNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidIdentityNumberException(String reason) {
        super(reason);
    }
}
