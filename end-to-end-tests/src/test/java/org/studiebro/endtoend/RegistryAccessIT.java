package org.studiebro.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.studiebro.events.SeatDecided;
import org.studiebro.platform.signin.SampleClients;
import org.studiebro.serde.SchemaRegistration;
import org.studiebro.serde.SchemaRegistryClient;
import org.studiebro.serde.SchemaRegistryException;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * The schema registry of the end-to-end platform authenticates at the OpenID Connect provider (the failsafe
 * configuration turns it on, as on the local platform): nobody reads anonymously, a party's or a service's reader
 * reads subjects and schemas but may not register, the provisioning client registers. Clients log in with HTTP Basic
 * (client id and secret), which the registry exchanges at the provider for a token with the client's roles.
 */
@ExtendWith(WithSharedInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryAccessIT {

    private static final String PROVISIONING = SampleClients.PROVISIONING;
    private static final String PARTY_READER = "municipality.se-1480";
    private static final String SERVICE_READER = "routing-service";
    private static final String PERSON = """
            {"type":"record","name":"Person","namespace":"it","fields":[{"name":"name","type":"string"}]}""";
    private static final String PERSON_WITH_AGE = """
            {"type":"record","name":"Person","namespace":"it","fields":[{"name":"name","type":"string"},\
            {"name":"age","type":"int","default":0}]}""";

    private final String registry = SharedInfrastructure.get().schemaRegistryAddress();
    private final String subject = "registry-access-" + UUID.randomUUID() + "-value";
    private HttpClient http;

    @BeforeAll
    void registerAsProvisioning() throws Exception {
        http = HttpClient.newHttpClient();
        HttpResponse<String> registered = register(PERSON, asProvisioning());
        assertThat(registered.statusCode()).as("the provisioning client registers: %s", registered.body())
                .isEqualTo(200);
    }

    @AfterAll
    void close() {
        http.close();
    }

    @Test
    void withoutCredentialsOrWithAWrongSecretTheRegistryAnswers401() throws Exception {
        assertThat(send(get("/subjects")).statusCode()).as("anonymous read").isEqualTo(401);
        assertThat(send(get("/subjects/" + subject + "/versions/latest")).statusCode()).as("anonymous read")
                .isEqualTo(401);
        assertThat(send(post("/subjects/" + subject + "/versions", PERSON_WITH_AGE)).statusCode())
                .as("anonymous register").isEqualTo(401);
        assertThat(send(get("/subjects").header("Authorization", basic(PARTY_READER, "not-its-secret")))
                .statusCode()).as("a wrong secret").isEqualTo(401);
    }

    @Test
    void aPartysReaderReadsSubjectsAndSchemasButRegisteringAnswers403() throws Exception {
        String reader = basic(PARTY_READER, SampleClients.secret(PARTY_READER));

        HttpResponse<String> subjects = send(get("/subjects").header("Authorization", reader));
        assertThat(subjects.statusCode()).as(subjects.body()).isEqualTo(200);
        assertThat(subjects.body()).contains(subject);
        HttpResponse<String> latest = send(get("/subjects/" + subject + "/versions/latest")
                .header("Authorization", reader));
        assertThat(latest.statusCode()).as(latest.body()).isEqualTo(200);
        assertThat(latest.body()).contains("Person");

        HttpResponse<String> refused = register(PERSON_WITH_AGE, reader);
        assertThat(refused.statusCode()).as("a reader registers: %s", refused.body()).isEqualTo(403);
    }

    @Test
    void aServiceReadsThroughTheSerdeWithItsUserInfoAndCannotRegister() {
        // As a service's serializers and topic creation are configured (kafka-plumbing's kafka-login.yml).
        SchemaRegistryClient service = SchemaRegistryClient.fromConfig(Map.of(
                "schema.registry.url", registry,
                "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", SERVICE_READER + ":" + SampleClients.secret(SERVICE_READER)));
        Schema person = new Schema.Parser().parse(PERSON);

        assertThat(service.lookup(subject, person)).as("the id a serializer writes").isPositive();
        assertThat(SchemaRegistration.register(service, Map.of(subject, person)))
                .as("a subject provisioning registered is only looked up").containsKey(subject);
        assertThatThrownBy(() -> SchemaRegistration.register(service,
                Map.of("registry-access-" + UUID.randomUUID() + "-value", SeatDecided.getClassSchema())))
                .isInstanceOfSatisfying(SchemaRegistryException.class,
                        refused -> assertThat(refused.httpStatus()).isEqualTo(403));
    }

    @Test
    void theProvisioningClientRegistersANewVersion() throws Exception {
        HttpResponse<String> registered = register(PERSON_WITH_AGE, asProvisioning());

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        assertThat(registered.body()).contains("\"id\"");
    }

    private HttpResponse<String> register(String schema, String authorization) throws IOException,
            InterruptedException {
        return send(post("/subjects/" + subject + "/versions", schema).header("Authorization", authorization));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(registry + path)).GET();
    }

    private HttpRequest.Builder post(String path, String schema) {
        String body = "{\"schemaType\":\"AVRO\",\"schema\":" + quoted(schema) + "}";
        return HttpRequest.newBuilder(URI.create(registry + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String quoted(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String asProvisioning() {
        return basic(PROVISIONING, SampleClients.secret(PROVISIONING));
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
    }
}
