package org.studiebro.cli;

import picocli.CommandLine.Option;

/** {@code --registry}: the schema registry a command talks to, by default the local platform's. */
final class RegistryAddress {

    @Option(names = "--registry", paramLabel = "URL",
            defaultValue = "${env:SCHEMA_REGISTRY_URL:-http://127.0.0.1:8085/apis/ccompat/v7}",
            description = "schema registry (SCHEMA_REGISTRY_URL; default: ${DEFAULT-VALUE})")
    String url;
}
