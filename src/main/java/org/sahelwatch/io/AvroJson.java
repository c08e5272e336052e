package org.sahelwatch.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * Renders an Avro record as JSON with its schema's field names: enums as their symbol, times as
 * ISO-8601, bytes as base64, null unions as null.
 */
public final class AvroJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AvroJson() {
    }

    public static ObjectNode toJson(SpecificRecord record) {
        ObjectNode node = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            node.set(field.name(), value(record.get(field.pos())));
        }
        return node;
    }

    public static String toJsonLine(SpecificRecord record) {
        try {
            return MAPPER.writeValueAsString(toJson(record));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + record.getSchema().getName() + " as JSON", e);
        }
    }

    public static String toPrettyJson(SpecificRecord record) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(record));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + record.getSchema().getName() + " as JSON", e);
        }
    }

    private static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof SpecificRecord r) {
            return toJson(r);
        }
        if (value instanceof Collection<?> c) {
            ArrayNode array = NODES.arrayNode();
            c.forEach(v -> array.add(value(v)));
            return array;
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode obj = NODES.objectNode();
            m.forEach((k, v) -> obj.set(String.valueOf(k), value(v)));
            return obj;
        }
        if (value instanceof Instant i) {
            return NODES.textNode(i.toString());
        }
        if (value instanceof ByteBuffer b) {
            ByteBuffer copy = b.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (value instanceof Integer n) {
            return NODES.numberNode(n);
        }
        if (value instanceof Long n) {
            return NODES.numberNode(n);
        }
        if (value instanceof Double n) {
            return NODES.numberNode(n);
        }
        if (value instanceof Float n) {
            return NODES.numberNode(n);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        return NODES.textNode(value.toString());
    }
}
