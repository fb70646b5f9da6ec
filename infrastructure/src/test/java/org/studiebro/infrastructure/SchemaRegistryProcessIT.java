package org.studiebro.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import net.minidev.json.JSONValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaRegistryProcessIT {

    private static final String PERSON_V1 = """
            {"type":"record","name":"Person","namespace":"it","fields":[{"name":"name","type":"string"}]}""";
    private static final String PERSON_WITH_OPTIONAL_AGE = """
            {"type":"record","name":"Person","namespace":"it","fields":[{"name":"name","type":"string"},\
            {"name":"age","type":"int","default":0}]}""";
    private static final String PERSON_WITH_REQUIRED_AGE = """
            {"type":"record","name":"Person","namespace":"it","fields":[{"name":"name","type":"string"},\
            {"name":"age","type":"int"}]}""";

    private static SchemaRegistryProcess registry;
    private static HttpClient http;

    @BeforeAll
    static void startRegistry() {
        registry = SchemaRegistryProcess.start(Path.of("target", "schema-registry-it"), FreePorts.next());
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stopRegistry() {
        http.close();
        registry.close();
    }

    @Test
    void backwardRuleRefusesAVersionThatOldDataCannotBeReadWith() throws Exception {
        assertThat(post("/subjects/backward-value/versions", PERSON_V1).statusCode()).isEqualTo(200);

        HttpResponse<String> incompatible = post("/subjects/backward-value/versions", PERSON_WITH_REQUIRED_AGE);
        assertThat(incompatible.statusCode()).isEqualTo(409);
        assertThat((Integer) JsonPath.read(incompatible.body(), "$.error_code")).isEqualTo(409);

        assertThat(post("/subjects/backward-value/versions", PERSON_WITH_OPTIONAL_AGE).statusCode()).isEqualTo(200);
        assertThat(get("/subjects/backward-value/versions").body()).isEqualTo("[1,2]");
        assertThat(get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    }

    @Test
    void looksUpTheIdOfARegisteredSchema() throws Exception {
        int id = JsonPath.read(post("/subjects/lookup-value/versions", PERSON_V1).body(), "$.id");

        HttpResponse<String> found = post("/subjects/lookup-value", PERSON_V1);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(found.body(), "$.id")).isEqualTo(id);
        assertThat((Integer) JsonPath.read(found.body(), "$.version")).isEqualTo(1);
        assertThat((String) JsonPath.read(found.body(), "$.subject")).isEqualTo("lookup-value");

        HttpResponse<String> unknownSchema = post("/subjects/lookup-value", PERSON_WITH_OPTIONAL_AGE);
        assertThat(unknownSchema.statusCode()).isEqualTo(404);
        assertThat((Integer) JsonPath.read(unknownSchema.body(), "$.error_code")).isEqualTo(40403);

        HttpResponse<String> unknownSubject = post("/subjects/no-such-subject", PERSON_V1);
        assertThat(unknownSubject.statusCode()).isEqualTo(404);
        assertThat((Integer) JsonPath.read(unknownSubject.body(), "$.error_code")).isEqualTo(40401);
    }

    @Test
    void servesASchemaByIdAndTheLatestVersionOfASubject() throws Exception {
        post("/subjects/latest-value/versions", PERSON_V1);
        int id = JsonPath.read(post("/subjects/latest-value/versions", PERSON_WITH_OPTIONAL_AGE).body(), "$.id");

        HttpResponse<String> byId = get("/schemas/ids/" + id);
        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(byId.body(), "$.schema")).isEqualTo(PERSON_WITH_OPTIONAL_AGE);
        assertThat(get("/schemas/ids/987654").statusCode()).isEqualTo(404);

        HttpResponse<String> latest = get("/subjects/latest-value/versions/latest");
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(latest.body(), "$.id")).isEqualTo(id);
        assertThat((Integer) JsonPath.read(latest.body(), "$.version")).isEqualTo(2);
        assertThat((String) JsonPath.read(latest.body(), "$.schema")).isEqualTo(PERSON_WITH_OPTIONAL_AGE);
        assertThat(get("/subjects/no-such-subject/versions/latest").statusCode()).isEqualTo(404);
    }

    @Test
    void checksCompatibilityAgainstTheLatestVersion() throws Exception {
        post("/subjects/check-value/versions", PERSON_V1);

        HttpResponse<String> compatible = post("/compatibility/subjects/check-value/versions/latest",
                PERSON_WITH_OPTIONAL_AGE);
        assertThat(compatible.statusCode()).isEqualTo(200);
        assertThat(compatible.body()).isEqualTo("{\"is_compatible\":true}");

        HttpResponse<String> incompatible = post("/compatibility/subjects/check-value/versions/latest",
                PERSON_WITH_REQUIRED_AGE);
        assertThat(incompatible.statusCode()).isEqualTo(200);
        assertThat(incompatible.body()).isEqualTo("{\"is_compatible\":false}");
    }

    private HttpResponse<String> post(String path, String schema) throws IOException, InterruptedException {
        String body = "{\"schema\":" + JSONValue.toJSONString(schema) + "}";
        return http.send(request(path)
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(registry.ccompatUrl() + path));
    }
}
