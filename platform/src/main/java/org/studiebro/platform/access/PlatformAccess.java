package org.studiebro.platform.access;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.kafka.common.acl.AclBinding;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.infrastructure.KafkaCredentials;
import org.studiebro.schemas.Service;

/**
 * Creates the broker's users and their ACLs: one user per service and one for the operators, each with its password
 * kept in {@link CredentialFiles}, and one user per party that has topics. Idempotent, so it runs on every start.
 */
public final class PlatformAccess {

    private PlatformAccess() {
    }

    /** The services' and the operators' users and ACLs; the services' logins, to start them with. */
    public static Map<Service, KafkaCredentials> provisionServices(KafkaClientConfig superUser, CredentialFiles files) {
        Map<Service, KafkaCredentials> logins = new EnumMap<>(Service.class);
        try (BrokerAccess broker = new BrokerAccess(superUser)) {
            for (Service service : Service.values()) {
                KafkaCredentials login = files.of(service.serviceName());
                broker.saveUser(login);
                broker.allow(ServiceAccess.of(service));
                logins.put(service, login);
            }
            broker.saveUser(files.of(Principals.OPERATOR));
            broker.allow(OperatorAccess.bindings());
        }
        return logins;
    }

    /**
     * A user with ACLs for every party that has topics on the broker and has no user yet. {@code newUser} makes the
     * login of such a party (kept in a file locally, a new random one in a deployment); returned are the logins
     * made, which a deployment hands to the parties once.
     */
    public static List<KafkaCredentials> provisionParties(KafkaClientConfig superUser,
            Function<String, KafkaCredentials> newUser) {
        List<KafkaCredentials> created = new ArrayList<>();
        try (BrokerAccess broker = new BrokerAccess(superUser)) {
            Set<String> users = broker.users();
            BrokerAccess.Parties parties = broker.parties();
            for (String municipality : parties.municipalities()) {
                addIfNew(broker, users, newUser.apply(Principals.municipality(municipality)),
                        PartyAccess.municipality(municipality), created);
            }
            for (String seatOwner : parties.seatOwners()) {
                addIfNew(broker, users, newUser.apply(Principals.seatOwner(seatOwner)),
                        PartyAccess.seatOwner(seatOwner), created);
            }
        }
        return created;
    }

    /** One party's user with a new password (an existing user's old password stops working) and its ACLs. */
    public static KafkaCredentials addParty(KafkaClientConfig superUser, PartyKind kind, String party) {
        KafkaCredentials login = KafkaCredentials.generate(kind.user(party));
        try (BrokerAccess broker = new BrokerAccess(superUser)) {
            broker.saveUser(login);
            broker.allow(kind.access(party));
        }
        return login;
    }

    private static void addIfNew(BrokerAccess broker, Set<String> users, KafkaCredentials login,
            List<AclBinding> access, List<KafkaCredentials> created) {
        broker.allow(access);
        if (!users.contains(login.username())) {
            broker.saveUser(login);
            created.add(login);
        }
    }
}
