package org.studiebro.authorization.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person who signs in with the login form. The optional claims say whose data they may see: a learner's identity
 * number (standing in for the e-ID's personnummer or fødselsnummer), an officer's municipality (the reference data's
 * municipality id, e.g. {@code se-1480}) or seat owner (a provider id of the catalog, e.g. {@code goteborg-vux}).
 */
public record SampleUser(String username, String password, List<Role> roles, String identityNumber,
                         String municipality, String seatOwner) {

    public SampleUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
        require(roles.contains(Role.LEARNER), identityNumber, username, "a learner needs an identity number");
        require(roles.contains(Role.MUNICIPALITY_OFFICER), municipality, username,
                "a municipality officer needs a municipality");
        require(roles.contains(Role.SEAT_OWNER_OFFICER), seatOwner, username,
                "a seat owner officer needs a seat owner");
    }

    /** The claims of a token issued on the user's behalf. */
    public Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("roles", roles.stream().map(Role::name).toList());
        putIfPresent(claims, "identity_number", identityNumber);
        putIfPresent(claims, "municipality", municipality);
        putIfPresent(claims, "seat_owner", seatOwner);
        return claims;
    }

    private static void putIfPresent(Map<String, Object> claims, String name, String value) {
        if (value != null && !value.isBlank()) {
            claims.put(name, value);
        }
    }

    private static void require(boolean needed, String value, String username, String what) {
        if (needed && (value == null || value.isBlank())) {
            throw new IllegalArgumentException("User " + username + ": " + what);
        }
    }
}
