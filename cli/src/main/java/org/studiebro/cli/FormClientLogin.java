package org.studiebro.cli;

import org.studiebro.platform.signin.ClientLogin;
import org.studiebro.platform.signin.SampleClients;

import picocli.CommandLine.Option;

/**
 * {@code --issuer}, {@code --client-id} and {@code --client-secret}: the OpenID Connect provider and the upstream
 * form client (FORM_CLIENT) whose client-credentials tokens a command submits applications with; by default the
 * local platform's provider and its sample form.
 */
final class FormClientLogin {

    @Option(names = "--issuer", paramLabel = "URL",
            defaultValue = "${env:STUDIEBRO_OIDC_ISSUER:-" + SampleClients.LOCAL_ISSUER + "}",
            description = "the OpenID Connect provider (STUDIEBRO_OIDC_ISSUER; default: ${DEFAULT-VALUE})")
    String issuer;

    @Option(names = "--client-id", paramLabel = "ID",
            defaultValue = "${env:STUDIEBRO_CLIENT_ID:-" + SampleClients.FORM + "}",
            description = "the form client to submit as (STUDIEBRO_CLIENT_ID; default: ${DEFAULT-VALUE})")
    String clientId;

    @Option(names = "--client-secret", paramLabel = "SECRET", defaultValue = "${env:STUDIEBRO_CLIENT_SECRET}",
            description = "its secret (STUDIEBRO_CLIENT_SECRET, better than the command line; default: the local "
                    + "sample client's, <client-id>-secret)")
    String clientSecret;

    ClientLogin login() {
        return new ClientLogin(issuer, clientId, clientSecret != null ? clientSecret : SampleClients.secret(clientId));
    }
}
