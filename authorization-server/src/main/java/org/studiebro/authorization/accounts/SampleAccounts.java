package org.studiebro.authorization.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The clients and users this provider knows, from configuration: kept in memory, as befits a sample provider for
 * the local platform and the tests. Their secrets and passwords are sample values, never for a deployment.
 */
@ConfigurationProperties("studiebro.authorization")
public record SampleAccounts(List<SampleClient> clients, List<SampleUser> users) {

    public SampleAccounts {
        clients = clients == null ? List.of() : List.copyOf(clients);
        users = users == null ? List.of() : List.copyOf(users);
    }

    public Optional<SampleClient> client(String clientId) {
        return clients.stream().filter(client -> client.clientId().equals(clientId)).findFirst();
    }

    public Optional<SampleUser> user(String username) {
        return users.stream().filter(user -> user.username().equals(username)).findFirst();
    }
}
