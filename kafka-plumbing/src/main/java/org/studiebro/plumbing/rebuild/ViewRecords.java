package org.studiebro.plumbing.rebuild;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The value of a record a view reads, of the one type its topic carries. */
public final class ViewRecords {

    private ViewRecords() {
    }

    /**
     * @throws IllegalArgumentException for any other value, so the view's error handler dead-letters the record and
     *                                  the view goes on
     */
    public static <T> T valueOf(ConsumerRecord<String, Object> record, Class<T> type) {
        if (!type.isInstance(record.value())) {
            throw new IllegalArgumentException("Not a " + type.getSimpleName() + " on " + record.topic() + ": "
                    + (record.value() == null ? "null" : record.value().getClass().getName()));
        }
        return type.cast(record.value());
    }
}
