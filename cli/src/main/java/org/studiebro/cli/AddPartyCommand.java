package org.studiebro.cli;

import java.util.concurrent.Callable;

import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.infrastructure.KafkaCredentials;
import org.studiebro.platform.access.PartyKind;
import org.studiebro.platform.access.PlatformAccess;
import org.studiebro.schemas.Topics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./studiebro parties add municipality se-1480}. */
@Command(name = "add", description = {"Create a party's broker user with a new password (an existing user's old one "
        + "stops working) and its ACLs, and print its Kafka client properties once: they are stored nowhere else."})
final class AddPartyCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "municipality or seat-owner")
    String kind;

    @Parameters(index = "1", paramLabel = "ID", description = "the party's id in the reference data, e.g. se-1480")
    String party;

    @Mixin
    KafkaAddress kafka;

    AddPartyCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    PartyKind kind() {
        return switch (kind) {
            case "municipality" -> PartyKind.MUNICIPALITY;
            case "seat-owner" -> PartyKind.SEAT_OWNER;
            default -> throw new ParameterException(spec.commandLine(), "KIND is municipality or seat-owner, not '"
                    + kind + "'.");
        };
    }

    @Override
    public Integer call() {
        PartyKind partyKind = kind();
        if (!Topics.isPartyId(party)) {
            throw new ParameterException(spec.commandLine(), "'" + party + "' is not a party id: lower-case letters, "
                    + "digits and dashes, as in the reference data.");
        }
        KafkaClientConfig superUser = kafka.clientConfig(terminal.home(), KafkaAddress.LOCAL_SUPER_USER);
        KafkaCredentials login = PlatformAccess.addParty(superUser, partyKind, party);
        terminal.err().println("Created the broker user " + login.username() + " with its ACLs. Its Kafka client "
                + "properties follow, shown this once: hand them to the party over a safe channel.");
        superUser.as(login).settings()
                .forEach((key, value) -> terminal.out().println(key + "=" + value));
        return 0;
    }
}
