package org.studiebro.websecurity;

import java.util.function.BiPredicate;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Access rules for an outside party's own endpoints, whose path names the party: only that party's officers pass,
 * e.g. {@code requestMatchers("/api/v1/municipalities/{municipality}/**").access(ofMunicipalityIn("municipality"))}.
 */
public final class PartyOfficers {

    private PartyOfficers() {
    }

    /** A MUNICIPALITY_OFFICER whose {@code municipality} claim is the path variable {@code variable}. */
    public static AuthorizationManager<RequestAuthorizationContext> ofMunicipalityIn(String variable) {
        return inPath(variable, Caller::isOfficerOfMunicipality);
    }

    /** A SEAT_OWNER_OFFICER whose {@code seat_owner} claim is the path variable {@code variable}. */
    public static AuthorizationManager<RequestAuthorizationContext> ofSeatOwnerIn(String variable) {
        return inPath(variable, Caller::isOfficerOfSeatOwner);
    }

    private static AuthorizationManager<RequestAuthorizationContext> inPath(String variable,
            BiPredicate<Caller, String> isOfficerOf) {
        return (authentication, context) -> {
            String party = context.getVariables().get(variable);
            return new AuthorizationDecision(party != null
                    && authentication.get() instanceof JwtAuthenticationToken token
                    && isOfficerOf.test(Caller.of(token.getToken()), party));
        };
    }
}
