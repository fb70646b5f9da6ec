package org.studiebro.platform.watch;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericRecord;

/**
 * What kind of event a value is: its schema's name, and for an event whose {@code change} is a union (a seat
 * request requested or withdrawn, a cost request requested, reminded or withdrawn) the branch it took, as in
 * {@code SeatRequestEvent/SeatRequested}.
 */
final class EventType {

    private static final String CHANGE = "change";

    private EventType() {
    }

    static String of(Object value) {
        if (!(value instanceof GenericContainer container)) {
            return value == null ? "Tombstone" : value.getClass().getSimpleName();
        }
        Schema schema = container.getSchema();
        if (value instanceof GenericRecord record) {
            Schema.Field change = schema.getField(CHANGE);
            if (change != null && change.schema().getType() == Schema.Type.UNION
                    && record.get(CHANGE) instanceof GenericContainer branch) {
                return schema.getName() + "/" + branch.getSchema().getName();
            }
        }
        return schema.getName();
    }
}
