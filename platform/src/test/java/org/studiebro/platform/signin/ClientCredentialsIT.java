package org.studiebro.platform.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.studiebro.testsupport.SharedAuthorizationServer;

/** Client credentials against the real local provider: discovered, fetched once, renewed before they lapse. */
class ClientCredentialsIT {

    private final String issuer = SharedAuthorizationServer.issuer();

    @Test
    void theTokenIsReusedWhileFreshAndRenewedShortlyBeforeItExpires() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        try (ClientCredentials cli = new ClientCredentials(issuer, SampleClients.CLI,
                SampleClients.secret(SampleClients.CLI), clock)) {
            String first = cli.accessToken();
            assertThat(first).as("a JWT").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
            assertThat(cli.authorization()).isEqualTo("Bearer " + first);

            // The provider's tokens live 5 minutes: at 4 they are still used, 30 s before the end no longer.
            now.set(now.get().plus(Duration.ofMinutes(4)));
            assertThat(cli.accessToken()).isEqualTo(first);
            now.set(now.get().plus(Duration.ofSeconds(31)));
            assertThat(cli.accessToken()).isNotEqualTo(first);
        }
    }

    @Test
    void aWrongSecretFailsNamingTheProvidersAnswer() {
        try (ClientCredentials form = new ClientCredentials(issuer, SampleClients.FORM, "not-the-secret")) {
            assertThatThrownBy(form::accessToken)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("an access token for enrolment-form")
                    .hasMessageContaining("401");
        }
    }
}
