package org.studiebro.platform.watch;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;
import org.studiebro.schemas.PersonalData;

/**
 * A decoded Avro value as compact JSON, led by its schema: times and dates as ISO text, enums as their symbol, a
 * union as the value of its branch. Every field named {@code nationalId}, at any depth, is masked: operators never
 * see identity numbers.
 */
final class MaskedJson {

    static final String NATIONAL_ID = "nationalId";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MaskedJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(node(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a record as JSON", e);
        }
    }

    static JsonNode node(Object value) {
        if (value instanceof GenericContainer container) {
            return node(value, container.getSchema());
        }
        return value == null ? NODES.nullNode() : NODES.textNode(value.toString());
    }

    private static JsonNode node(Object value, Schema schema) {
        if (value == null) {
            return NODES.nullNode();
        }
        return switch (schema.getType()) {
            case UNION -> node(value, schema.getTypes().get(GenericData.get().resolveUnion(schema, value)));
            case RECORD -> record((GenericRecord) value);
            case ARRAY -> array((Iterable<?>) value, schema.getElementType());
            case MAP -> map((Map<?, ?>) value, schema.getValueType());
            case INT -> isDate(schema.getLogicalType())
                    ? NODES.textNode(LocalDate.ofEpochDay((Integer) value).toString())
                    : NODES.numberNode((Integer) value);
            case LONG -> timestamp((Long) value, schema.getLogicalType());
            case FLOAT -> NODES.numberNode((Float) value);
            case DOUBLE -> NODES.numberNode((Double) value);
            case BOOLEAN -> NODES.booleanNode((Boolean) value);
            case BYTES -> NODES.textNode(RawText.escape(bytes((ByteBuffer) value)));
            case FIXED -> NODES.textNode(HexFormat.of().formatHex(((GenericFixed) value).bytes()));
            case NULL -> NODES.nullNode();
            case STRING, ENUM -> NODES.textNode(value.toString());
        };
    }

    private static ObjectNode record(GenericRecord record) {
        ObjectNode object = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            Object value = record.get(field.pos());
            object.set(field.name(), field.name().equals(NATIONAL_ID) ? masked(value) : node(value, field.schema()));
        }
        return object;
    }

    private static ArrayNode array(Iterable<?> elements, Schema elementSchema) {
        ArrayNode array = NODES.arrayNode();
        elements.forEach(element -> array.add(node(element, elementSchema)));
        return array;
    }

    private static ObjectNode map(Map<?, ?> entries, Schema valueSchema) {
        ObjectNode object = NODES.objectNode();
        entries.forEach((key, value) -> object.set(key.toString(),
                key.toString().equals(NATIONAL_ID) ? masked(value) : node(value, valueSchema)));
        return object;
    }

    private static JsonNode masked(Object nationalId) {
        if (nationalId == null) {
            return NODES.nullNode();
        }
        return NODES.textNode(nationalId instanceof CharSequence text ? PersonalData.mask(text.toString()) : "****");
    }

    private static JsonNode timestamp(long value, LogicalType logicalType) {
        if (logicalType instanceof LogicalTypes.TimestampMillis) {
            return NODES.textNode(Instant.ofEpochMilli(value).toString());
        }
        if (logicalType instanceof LogicalTypes.TimestampMicros) {
            return NODES.textNode(Instant.EPOCH.plus(value, ChronoUnit.MICROS).toString());
        }
        return NODES.numberNode(value);
    }

    private static boolean isDate(LogicalType logicalType) {
        return logicalType instanceof LogicalTypes.Date;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
