package org.studiebro.serde;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A client of the Confluent Schema Registry REST API (Confluent, Apicurio's ccompat API, Karapace, Redpanda).
 * Subject-to-id and id-to-schema answers are cached for the life of the client: a registered id never changes
 * meaning. The latest version of a subject is never cached here; the serializer keeps its own copy with
 * {@code latest.cache.ttl.sec}.
 *
 * <p>Failures: {@link SchemaRegistryUnavailableException} (retriable) when the registry cannot be asked,
 * {@link SchemaRegistryException} (not retriable) when it answers no.
 */
public final class SchemaRegistryClient {

    private final RegistryHttp http;
    private final RegistryConnection connection;
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    SchemaRegistryClient(RegistryConnection connection) {
        this.connection = connection;
        this.http = new RegistryHttp(connection);
    }

    /** A client of the registry at these comma-separated URLs, with the default timeouts (connect 2 s, request 5 s). */
    public static SchemaRegistryClient create(String urls) {
        return fromConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, urls));
    }

    /** A client configured by the serde's keys ({@link AvroSerdeConfig}); other keys are ignored. */
    public static SchemaRegistryClient fromConfig(Map<String, ?> configs) {
        return new SchemaRegistryClient(AvroSerdeConfig.connection(configs));
    }

    /** The registry URLs this client uses, comma-separated, without credentials. */
    public String urls() {
        return connection.describe();
    }

    /**
     * Registers the schema under the subject (POST /subjects/{subject}/versions) and returns its id; a schema the
     * subject already has keeps its id, so registering is idempotent.
     *
     * @throws SchemaRegistryException 409 when the subject's compatibility rule refuses the schema
     */
    public int register(String subject, Schema schema) {
        Integer cached = cachedId(subject, schema);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = http.post("/subjects/" + RegistryHttp.segment(subject) + "/versions", request(schema),
                "registering schema " + schema.getFullName() + " under subject '" + subject + "'");
        return remember(subject, schema, requiredInt(answer, "id"));
    }

    /**
     * The id of a schema already registered under the subject (POST /subjects/{subject}); registers nothing.
     *
     * @throws SchemaRegistryException 404 with error code 40401 (no such subject) or 40403 (schema not registered)
     */
    public int lookup(String subject, Schema schema) {
        Integer cached = cachedId(subject, schema);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = http.post("/subjects/" + RegistryHttp.segment(subject), request(schema),
                "looking up schema " + schema.getFullName() + " under subject '" + subject + "'");
        return remember(subject, schema, requiredInt(answer, "id"));
    }

    /** The subject's latest version (GET /subjects/{subject}/versions/latest), always fresh from the registry. */
    public RegisteredSchema latest(String subject) {
        String what = "fetching the latest version of subject '" + subject + "'";
        JsonNode answer = http.get("/subjects/" + RegistryHttp.segment(subject) + "/versions/latest", what);
        int id = requiredInt(answer, "id");
        Schema schema = schemasById.computeIfAbsent(id, unknown -> avroSchema(answer, what));
        return new RegisteredSchema(subject, requiredInt(answer, "version"), id, schema);
    }

    /**
     * The schema with this id (GET /schemas/ids/{id}).
     *
     * @throws SchemaRegistryException 404 with error code 40403 when the registry has no schema with this id
     */
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        String what = "fetching schema id " + id;
        JsonNode answer = http.get("/schemas/ids/" + id, what);
        Schema schema = avroSchema(answer, what);
        Schema earlier = schemasById.putIfAbsent(id, schema);
        return earlier != null ? earlier : schema;
    }

    /**
     * Whether the subject's compatibility rule accepts the schema as its next version
     * (POST /compatibility/subjects/{subject}/versions/latest). A subject that does not exist yet accepts
     * anything: Apicurio answers true, Confluent answers 404 with 40401; both are true here.
     */
    public boolean isCompatible(String subject, Schema schema) {
        try {
            JsonNode answer = http.post("/compatibility/subjects/" + RegistryHttp.segment(subject) + "/versions/latest",
                    request(schema), "checking schema " + schema.getFullName() + " against subject '" + subject + "'");
            return answer.path("is_compatible").asBoolean(false);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND || e.errorCode() == 40402) {
                return true;
            }
            throw e;
        }
    }

    /** Every subject of the registry (GET /subjects). */
    public List<String> subjects() {
        JsonNode answer = http.get("/subjects", "listing subjects");
        List<String> subjects = new ArrayList<>();
        answer.forEach(subject -> subjects.add(subject.asText()));
        return subjects;
    }

    /** The URL in use, for messages such as "unknown schema id 42 at ...". */
    String currentUrl() {
        return http.currentUrl().toString();
    }

    private static Map<String, String> request(Schema schema) {
        // Schema.toString() is the JSON Confluent's AvroSchema sends too (its canonicalString()).
        return Map.of("schema", schema.toString(), "schemaType", "AVRO");
    }

    private Integer cachedId(String subject, Schema schema) {
        Map<Schema, Integer> ids = idsBySubject.get(subject);
        return ids == null ? null : ids.get(schema);
    }

    private int remember(String subject, Schema schema, int id) {
        idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(schema, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    private int requiredInt(JsonNode answer, String field) {
        JsonNode value = answer.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new SchemaRegistryException("Schema registry at " + currentUrl() + " answered without a numeric '"
                    + field + "': " + answer, 200, 200);
        }
        return value.asInt();
    }

    private String requiredText(JsonNode answer, String field) {
        JsonNode value = answer.get(field);
        if (value == null || !value.isTextual()) {
            throw new SchemaRegistryException("Schema registry at " + currentUrl() + " answered without '" + field
                    + "': " + answer, 200, 200);
        }
        return value.asText();
    }

    private Schema avroSchema(JsonNode answer, String what) {
        // Confluent leaves schemaType out for Avro; a registry also holding Protobuf or JSON Schema names it.
        String type = answer.path("schemaType").asText("AVRO");
        if (!"AVRO".equalsIgnoreCase(type)) {
            throw new SchemaRegistryException("Schema registry at " + currentUrl() + " holds a " + type
                    + " schema, not Avro, while " + what, 200, 200);
        }
        String schema = requiredText(answer, "schema");
        try {
            // A parser per schema: one parser remembers the names it has seen and would refuse a second version.
            return new Schema.Parser().parse(schema);
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException("Schema registry at " + currentUrl() + " answered a schema Avro cannot"
                    + " parse while " + what + ": " + e.getMessage(), 200, 200, e);
        }
    }
}
