package org.studiebro.websecurity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who sent a request, as its access token says: the client or person ({@code sub}), the client the token was issued
 * to, the roles, and the claims that say whose data the caller may see. Controllers take it as a parameter.
 */
public record Caller(String subject, String clientId, Set<Role> roles, Optional<String> identityNumber,
                     Optional<String> municipality, Optional<String> seatOwner) {

    static final String ROLES = "roles";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The caller of a token already checked for issuer, audience, signature and lifetime. */
    public static Caller of(Jwt token) {
        return new Caller(token.getSubject(), clientId(token), roles(token),
                text(token, "identity_number"), text(token, "municipality"), text(token, "seat_owner"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this caller is an officer of {@code municipalityId} (a reference data id such as se-1480). */
    public boolean isOfficerOfMunicipality(String municipalityId) {
        return has(Role.MUNICIPALITY_OFFICER) && municipality.filter(municipalityId::equals).isPresent();
    }

    /** Whether this caller is an officer of the seat owner {@code seatOwnerId} (a catalog provider id). */
    public boolean isOfficerOfSeatOwner(String seatOwnerId) {
        return has(Role.SEAT_OWNER_OFFICER) && seatOwner.filter(seatOwnerId::equals).isPresent();
    }

    // A client-credentials token's subject is the client itself; other providers name the client in client_id/azp.
    private static String clientId(Jwt token) {
        return Optional.ofNullable(token.getClaimAsString("client_id"))
                .or(() -> Optional.ofNullable(token.getClaimAsString("azp")))
                .orElse(token.getSubject());
    }

    private static Set<Role> roles(Jwt token) {
        Collection<String> names = token.hasClaim(ROLES) ? token.getClaimAsStringList(ROLES) : Set.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (names.contains(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static Optional<String> text(Jwt token, String claim) {
        return Optional.ofNullable(token.getClaimAsString(claim)).filter(value -> !value.isBlank());
    }
}
