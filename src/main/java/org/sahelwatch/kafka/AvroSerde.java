package org.sahelwatch.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.DeadLetter;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;

/**
 * Avro single-object encoding on the wire: {@code C3 01}, the 8-byte little-endian CRC-64-AVRO
 * fingerprint of the writer schema, then the Avro binary body. No registry is needed: a reader
 * knows the schema by its fingerprint (see the README for decoding in other languages).
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    public AvroSerde(Class<T> type, BinaryMessageEncoder<T> encoder, BinaryMessageDecoder<T> decoder) {
        this.type = type;
        this.encoder = encoder;
        this.decoder = decoder;
    }

    public static AvroSerde<RawArticle> rawArticle() {
        return new AvroSerde<>(RawArticle.class, RawArticle.getEncoder(), RawArticle.getDecoder());
    }

    public static AvroSerde<EnrichedArticle> enrichedArticle() {
        return new AvroSerde<>(EnrichedArticle.class, EnrichedArticle.getEncoder(), EnrichedArticle.getDecoder());
    }

    public static AvroSerde<ConflictAlert> conflictAlert() {
        return new AvroSerde<>(ConflictAlert.class, ConflictAlert.getEncoder(), ConflictAlert.getDecoder());
    }

    public static AvroSerde<org.sahelwatch.avro.SurgeAlert> surgeAlert() {
        return new AvroSerde<>(org.sahelwatch.avro.SurgeAlert.class, org.sahelwatch.avro.SurgeAlert.getEncoder(),
                org.sahelwatch.avro.SurgeAlert.getDecoder());
    }

    public static AvroSerde<org.sahelwatch.avro.IncidentReport> incidentReport() {
        return new AvroSerde<>(org.sahelwatch.avro.IncidentReport.class, org.sahelwatch.avro.IncidentReport.getEncoder(),
                org.sahelwatch.avro.IncidentReport.getDecoder());
    }

    public static AvroSerde<org.sahelwatch.avro.Incident> incident() {
        return new AvroSerde<>(org.sahelwatch.avro.Incident.class, org.sahelwatch.avro.Incident.getEncoder(),
                org.sahelwatch.avro.Incident.getDecoder());
    }

    public static AvroSerde<org.sahelwatch.avro.RegionActivity> regionActivity() {
        return new AvroSerde<>(org.sahelwatch.avro.RegionActivity.class, org.sahelwatch.avro.RegionActivity.getEncoder(),
                org.sahelwatch.avro.RegionActivity.getDecoder());
    }

    public static AvroSerde<org.sahelwatch.avro.AlertHistory> alertHistory() {
        return new AvroSerde<>(org.sahelwatch.avro.AlertHistory.class, org.sahelwatch.avro.AlertHistory.getEncoder(),
                org.sahelwatch.avro.AlertHistory.getDecoder());
    }

    public static AvroSerde<DeadLetter> deadLetter() {
        return new AvroSerde<>(DeadLetter.class, DeadLetter.getEncoder(), DeadLetter.getDecoder());
    }

    /** Encodes a record to its single-object bytes. */
    public byte[] encode(T record) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            encoder.encode(record, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new SerializationException("cannot encode " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Decodes single-object bytes; throws {@link SerializationException} saying what was wrong. */
    public T decode(byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("value is not an Avro single-object-encoded " + type.getSimpleName()
                    + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); produce it with the "
                    + "schema in schemas/" + type.getSimpleName() + ".avsc, e.g. through 'sahelwatch ingest'", e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, data) -> data == null ? null : encode(data);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> data == null ? null : decode(data);
    }
}
