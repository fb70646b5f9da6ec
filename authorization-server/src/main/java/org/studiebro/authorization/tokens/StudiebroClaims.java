package org.studiebro.authorization.tokens;

import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import org.studiebro.authorization.accounts.SampleAccounts;
import org.studiebro.authorization.accounts.SampleClient;
import org.studiebro.authorization.accounts.SampleUser;

/**
 * Makes every access token one for Studiebro's APIs ({@code aud}) and adds whose it is: a client's roles when it
 * asks for itself (client credentials), the signed-in user's roles and identity number, municipality or seat owner
 * otherwise.
 */
@Component
class StudiebroClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final SampleAccounts accounts;
    private final TokenProperties properties;

    StudiebroClaims(SampleAccounts accounts, TokenProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        String principal = context.getPrincipal().getName();
        Map<String, Object> claims = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                ? accounts.client(principal).map(SampleClient::claims).orElseThrow(() -> unknown("client", principal))
                : accounts.user(principal).map(SampleUser::claims).orElseThrow(() -> unknown("user", principal));
        context.getClaims()
                .audience(List.of(properties.audience()))
                .claims(existing -> existing.putAll(claims));
    }

    private static IllegalStateException unknown(String what, String name) {
        return new IllegalStateException("No sample " + what + " " + name + " to take the token's claims from");
    }
}
