package org.studiebro.authorization.accounts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Registers the sample clients with the authorization server and the sample users with the login form. */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    // Sample values in plain text: Spring Security's default DelegatingPasswordEncoder reads the {noop} prefix.
    private static final String PLAIN = "{noop}";

    @Bean
    RegisteredClientRepository registeredClients(SampleAccounts accounts) {
        return new InMemoryRegisteredClientRepository(
                accounts.clients().stream().map(AccountsConfiguration::registered).toList());
    }

    @Bean
    UserDetailsService users(SampleAccounts accounts) {
        return new InMemoryUserDetailsManager(accounts.users().stream()
                .map(user -> User.withUsername(user.username())
                        .password(PLAIN + user.password())
                        .authorities(user.roles().stream().map(Role::name).toArray(String[]::new))
                        .build())
                .toList());
    }

    private static RegisteredClient registered(SampleClient client) {
        RegisteredClient.Builder builder = RegisteredClient.withId(UUID.nameUUIDFromBytes(
                        client.clientId().getBytes(StandardCharsets.UTF_8)).toString())
                .clientId(client.clientId())
                .redirectUris(uris -> uris.addAll(client.redirectUris()))
                .scopes(scopes -> scopes.addAll(client.scopes()));
        if (client.isPublic()) {
            return builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // No consent page: the sample web app is Studiebro's own.
                    .clientSettings(ClientSettings.builder().requireProofKey(true)
                            .requireAuthorizationConsent(false).build())
                    .build();
        }
        return builder.clientSecret(PLAIN + client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .build();
    }
}
