package org.studiebro.platform.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclBinding;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.infrastructure.KafkaCredentials;
import org.studiebro.schemas.Topics;

/** Users and ACLs on the broker, through the super user's admin client. */
final class BrokerAccess implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 30;
    // Kafka's recommended minimum for SCRAM-SHA-512.
    private static final int ITERATIONS = 4096;

    private final Admin admin;

    BrokerAccess(KafkaClientConfig superUser) {
        this.admin = Admin.create(superUser.with(Map.of(AdminClientConfig.CLIENT_ID_CONFIG, "studiebro-provision")));
    }

    /** Creates the user, or sets its password. */
    void saveUser(KafkaCredentials user) {
        await(admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user.username(),
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), user.password()))).all());
    }

    Set<String> users() {
        return new TreeSet<>(await(admin.describeUserScramCredentials().users()));
    }

    /** Adds the ACLs; ones that exist already stay as they are. */
    void allow(List<AclBinding> bindings) {
        await(admin.createAcls(bindings).all());
    }

    /** The parties that have topics on the broker (the reference-data-service's import creates them). */
    Parties parties() {
        Set<String> municipalities = new TreeSet<>();
        Set<String> seatOwners = new TreeSet<>();
        for (String topic : await(admin.listTopics().names())) {
            if (topic.startsWith(Topics.COST_REQUESTS_PREFIX)) {
                municipalities.add(Topics.partyOf(topic));
            } else if (topic.startsWith(Topics.SEAT_REQUESTS_PREFIX)) {
                seatOwners.add(Topics.partyOf(topic));
            }
        }
        return new Parties(municipalities, seatOwners);
    }

    @Override
    public void close() {
        admin.close();
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker refused: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The broker did not answer within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning users and ACLs", e);
        }
    }

    record Parties(Set<String> municipalities, Set<String> seatOwners) {
    }
}
