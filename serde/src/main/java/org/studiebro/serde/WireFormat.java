package org.studiebro.serde;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's wire format: magic byte 0, the schema id as a 4-byte big-endian int, then the Avro binary
 * encoding of the value (no Avro container header, no schema fingerprint).
 */
final class WireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_LENGTH = 5;

    private WireFormat() {
    }

    /** A stream that already holds the header for this schema id; write the Avro body after it. */
    static ByteArrayOutputStream start(int schemaId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.write(MAGIC_BYTE);
        out.write(schemaId >>> 24);
        out.write(schemaId >>> 16);
        out.write(schemaId >>> 8);
        out.write(schemaId);
        return out;
    }

    /**
     * The schema id in the header.
     *
     * @throws SerializationException when the bytes are not in Confluent's wire format
     */
    static int schemaId(byte[] data) {
        if (data.length < HEADER_LENGTH) {
            throw new SerializationException("Not Confluent wire format: " + data.length + " byte"
                    + (data.length == 1 ? "" : "s") + ", shorter than the 5-byte header"
                    + " (magic byte 0 and a 4-byte schema id)");
        }
        if (data[0] != MAGIC_BYTE) {
            throw new SerializationException("Not Confluent wire format: first byte 0x"
                    + HexFormat.of().toHexDigits(data[0]) + ", expected magic byte 0x00"
                    + hint(data[0]));
        }
        return ((data[1] & 0xff) << 24) | ((data[2] & 0xff) << 16) | ((data[3] & 0xff) << 8) | (data[4] & 0xff);
    }

    private static String hint(byte first) {
        return switch (first) {
            case '{', '[' -> " (looks like JSON)";
            case 'O' -> " (looks like an Avro object container file, 'Obj')";
            case (byte) 0xc3 -> " (looks like Avro single-object encoding)";
            default -> "";
        };
    }
}
