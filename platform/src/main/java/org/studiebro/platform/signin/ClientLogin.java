package org.studiebro.platform.signin;

/**
 * How a confidential client signs in to an OpenID Connect provider: the provider's issuer, the client's id and
 * secret. A value to pass around in settings; {@link #tokens()} makes the token source that uses it.
 */
public record ClientLogin(String issuer, String clientId, String secret) {

    /** A new token source for this client; close it when done. */
    public ClientCredentials tokens() {
        return new ClientCredentials(issuer, clientId, secret);
    }

    /** Without the secret, so that printing settings never shows it. */
    @Override
    public String toString() {
        return clientId + " at " + issuer;
    }
}
