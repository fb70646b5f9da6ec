package org.studiebro.cli;

import org.studiebro.infrastructure.SchemaRegistryProcess;
import org.studiebro.platform.signin.SampleClients;

import picocli.CommandLine.Option;

/**
 * {@code --registry} and {@code --registry-login}: the schema registry a command talks to and the OpenID Connect
 * client it logs in as; by default the local platform's registry, as the local provider's sample client of the
 * command's user.
 */
final class RegistryAddress {

    @Option(names = "--registry", paramLabel = "URL",
            defaultValue = "${env:SCHEMA_REGISTRY_URL:-http://127.0.0.1:8085/apis/ccompat/v7}",
            description = "schema registry (SCHEMA_REGISTRY_URL; default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--registry-login", paramLabel = "CLIENT:SECRET", defaultValue = "${env:SCHEMA_REGISTRY_USER_INFO}",
            description = "the client id and secret the registry checks at its OpenID Connect provider "
                    + "(SCHEMA_REGISTRY_USER_INFO; default: the local provider's sample client of this command)")
    String login;

    /** The registry's URL with the login in it (the way the serde takes it), for this command's local client. */
    String url(String localClient) {
        if (login == null || login.isBlank()) {
            return SchemaRegistryProcess.withLogin(url, localClient, SampleClients.secret(localClient));
        }
        int colon = login.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("--registry-login wants CLIENT:SECRET, the client id and its secret");
        }
        return SchemaRegistryProcess.withLogin(url, login.substring(0, colon), login.substring(colon + 1));
    }
}
