package org.studiebro.authorization.accounts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A registered client. With a secret it is confidential and uses client credentials, its tokens carrying its roles;
 * without one it is a public client (a browser or native app) using authorization code with PKCE on behalf of a user.
 */
public record SampleClient(String clientId, String secret, List<Role> roles, List<String> redirectUris,
                           Set<String> scopes) {

    public SampleClient {
        roles = roles == null ? List.of() : List.copyOf(roles);
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        // The fields are not assigned yet: isPublic() would read null.
        if ((secret == null || secret.isBlank()) && redirectUris.isEmpty()) {
            throw new IllegalArgumentException("The public client " + clientId + " needs a redirect URI");
        }
    }

    public boolean isPublic() {
        return secret == null || secret.isBlank();
    }

    /** The claims of a token issued to the client itself (client credentials). */
    public Map<String, Object> claims() {
        return Map.of("roles", roles.stream().map(Role::name).toList());
    }
}
