package org.studiebro.applications.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.studiebro.plumbing.problem.InvalidField;

/**
 * Turns a raw request body into a form record, stricter than the rest of the API: strict UTF-8, no duplicate
 * properties, nothing after the object, no unpaired surrogates in strings. Before binding, the JSON is held
 * against the record's components, so that every unknown property and every value of the wrong JSON type is
 * named at once (binding would stop at the first). Messages never echo the submitted values.
 */
@Component
public class JsonBodyReader {

    static final String BODY = "body";

    private final JsonMapper mapper;

    public JsonBodyReader(JsonMapper jsonMapper) {
        this.mapper = jsonMapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The form, or empty with the reasons added to {@code errors}. */
    public <T extends Record> Optional<T> read(byte[] body, Class<T> form, List<InvalidField> errors) {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            errors.add(new InvalidField(BODY, "is not valid UTF-8"));
            return Optional.empty();
        }
        JsonNode tree;
        try {
            tree = json.isBlank() ? null : mapper.readTree(json);
        } catch (JacksonException e) {
            errors.add(new InvalidField(BODY, syntaxProblem(e)));
            return Optional.empty();
        }
        if (tree == null || !tree.isObject()) {
            errors.add(new InvalidField(BODY, "must be a JSON object"));
            return Optional.empty();
        }
        int before = errors.size();
        checkObject(tree, form, "", errors);
        if (errors.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.treeToValue(tree, form));
        } catch (JacksonException e) {
            errors.add(new InvalidField(BODY, "does not fit this request"));
            return Optional.empty();
        }
    }

    private static void checkObject(JsonNode object, Class<?> record, String path, List<InvalidField> errors) {
        Map<String, RecordComponent> components = Arrays.stream(record.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String field = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
            RecordComponent component = components.get(property.getKey());
            if (component == null) {
                errors.add(new InvalidField(field, "is not a known property"));
            } else {
                checkValue(property.getValue(), component.getGenericType(), field, errors);
            }
        }
    }

    /** Null is left to validation, which knows what is required. */
    private static void checkValue(JsonNode value, Type type, String field, List<InvalidField> errors) {
        if (value.isNull()) {
            return;
        }
        Class<?> raw = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
        if (raw == String.class && !value.isString()) {
            errors.add(new InvalidField(field, "must be a string"));
        } else if (raw == String.class && !StandardCharsets.UTF_8.newEncoder().canEncode(value.asString())) {
            // The bytes were strict UTF-8, but a JSON escape can still name half a surrogate pair (U+D800 to
            // U+DFFF): that is no text, and written to Avro it would silently turn into '?'.
            errors.add(new InvalidField(field, "must be Unicode text (an escaped surrogate is unpaired)"));
        } else if (raw == Integer.class && !(value.isIntegralNumber() && value.canConvertToInt())) {
            errors.add(new InvalidField(field, "must be a whole number"));
        } else if (raw == List.class) {
            if (!value.isArray()) {
                errors.add(new InvalidField(field, "must be an array"));
                return;
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = 0; i < value.size(); i++) {
                checkValue(value.get(i), element, field + "[" + i + "]", errors);
            }
        } else if (raw.isRecord()) {
            if (value.isObject()) {
                checkObject(value, raw, field, errors);
            } else {
                errors.add(new InvalidField(field, "must be an object"));
            }
        }
    }

    private static String syntaxProblem(JacksonException e) {
        String original = e.getOriginalMessage();
        String problem = original != null && original.startsWith("Duplicate")
                ? "repeats a property" : "is not well-formed JSON";
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            problem += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return problem;
    }
}
