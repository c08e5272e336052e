package org.sahelwatch.kafka;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A value that {@link AvroSerde} refuses to decode, with what is wrong with it. The pipeline turns
 * the {@link Defect} into the dead letter's reason.
 */
public final class MalformedValueException extends SerializationException {

    /** What is wrong with the bytes. */
    public enum Defect {
        /** Not Avro of a known schema: wrong header, unknown schema, a length beyond the record, bad varint, truncated. */
        UNDECODABLE,
        /** A string field holds bytes that are not valid UTF-8 (decoding would replace them with U+FFFD). */
        INVALID_UTF8,
        /** A complete record is followed by bytes that belong to no field (decoding would ignore them). */
        TRAILING_BYTES
    }

    private final Defect defect;

    MalformedValueException(Defect defect, String message, Throwable cause) {
        super(message, cause);
        this.defect = defect;
    }

    public Defect defect() {
        return defect;
    }
}
