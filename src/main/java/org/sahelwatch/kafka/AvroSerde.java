package org.sahelwatch.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.sahelwatch.avro.AlertHistory;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.DeadLetter;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.Incident;
import org.sahelwatch.avro.IncidentReport;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.avro.RegionActivity;
import org.sahelwatch.avro.SurgeAlert;
import org.sahelwatch.kafka.MalformedValueException.Defect;

/**
 * Avro values on the wire. It writes either
 * <ul>
 *   <li>Avro single-object encoding (the default): {@code C3 01}, the 8-byte little-endian
 *       CRC-64-AVRO fingerprint of the schema's Parsing Canonical Form, the Avro binary body; or</li>
 *   <li>the Confluent Schema Registry wire format ({@link #withRegistry}): {@code 00}, the 4-byte
 *       big-endian schema id the registry gave the schema under the subject {@code <topic>-value},
 *       the Avro binary body;</li>
 * </ul>
 * and reads both (the second only with a registry, which gives the writer schema of an id).
 *
 * <p>Before decoding, the body is walked over the writer schema ({@link AvroBinaryChecker}): a
 * declared length beyond the record, invalid UTF-8 and trailing bytes are refused with a
 * {@link MalformedValueException}, so decoding never allocates more than the record holds and never
 * alters the input silently. Instances are immutable and thread-safe.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private static final int SINGLE_OBJECT_HEADER = 10;
    private static final int CONFLUENT_HEADER = 5;

    private final Class<T> type;
    private final Schema schema;
    private final long fingerprint;
    private final SpecificData model;
    private final DatumWriter<T> writer;
    private final DatumReader<T> reader;
    private final SchemaRegistryClient registry;
    private final Map<Integer, DatumReader<T>> readersById = new ConcurrentHashMap<>();

    private AvroSerde(Class<T> type, Schema schema, SchemaRegistryClient registry) {
        this.type = type;
        this.schema = schema;
        this.fingerprint = SchemaNormalization.parsingFingerprint64(schema);
        this.model = SpecificData.getForClass(type);
        this.writer = new SpecificDatumWriter<>(schema, model);
        this.reader = new SpecificDatumReader<>(schema, schema, model);
        this.registry = registry;
    }

    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type, Schema schema) {
        return new AvroSerde<>(type, schema, null);
    }

    public static AvroSerde<RawArticle> rawArticle() {
        return of(RawArticle.class, RawArticle.getClassSchema());
    }

    public static AvroSerde<EnrichedArticle> enrichedArticle() {
        return of(EnrichedArticle.class, EnrichedArticle.getClassSchema());
    }

    public static AvroSerde<ConflictAlert> conflictAlert() {
        return of(ConflictAlert.class, ConflictAlert.getClassSchema());
    }

    public static AvroSerde<SurgeAlert> surgeAlert() {
        return of(SurgeAlert.class, SurgeAlert.getClassSchema());
    }

    public static AvroSerde<IncidentReport> incidentReport() {
        return of(IncidentReport.class, IncidentReport.getClassSchema());
    }

    public static AvroSerde<Incident> incident() {
        return of(Incident.class, Incident.getClassSchema());
    }

    public static AvroSerde<RegionActivity> regionActivity() {
        return of(RegionActivity.class, RegionActivity.getClassSchema());
    }

    public static AvroSerde<AlertHistory> alertHistory() {
        return of(AlertHistory.class, AlertHistory.getClassSchema());
    }

    public static AvroSerde<DeadLetter> deadLetter() {
        return of(DeadLetter.class, DeadLetter.getClassSchema());
    }

    /**
     * The same serde writing the Confluent wire format: the schema is registered (once per topic)
     * under {@code <topic>-value} and each value carries the id the registry gave it.
     */
    public AvroSerde<T> withRegistry(SchemaRegistryClient schemaRegistry) {
        return new AvroSerde<>(type, schema, schemaRegistry);
    }

    /** The schema this serde writes and reads into. */
    public Schema schema() {
        return schema;
    }

    /** Encodes a record to its single-object bytes. */
    public byte[] encode(T record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(new byte[] {(byte) 0xC3, 0x01});
        out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(fingerprint).array());
        return body(record, out);
    }

    /** Encodes a record in the Confluent wire format with the given schema id. */
    public byte[] encode(int schemaId, T record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(0);
        out.writeBytes(ByteBuffer.allocate(4).putInt(schemaId).array());
        return body(record, out);
    }

    private byte[] body(T record, ByteArrayOutputStream out) {
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writer.write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decodes single-object bytes (or Confluent-framed bytes, with a registry).
     *
     * @throws MalformedValueException saying what was wrong and what to do
     */
    public T decode(byte[] bytes) {
        try {
            if (isSingleObject(bytes)) {
                long written = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
                if (written != fingerprint) {
                    throw malformed(Defect.UNDECODABLE, "its writer schema (fingerprint " + hex(written) + ") is not this "
                            + type.getSimpleName() + " schema (fingerprint " + hex(fingerprint) + ")", null);
                }
                return read(schema, reader, bytes, SINGLE_OBJECT_HEADER);
            }
            if (bytes.length >= CONFLUENT_HEADER && bytes[0] == 0) {
                int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
                return read(writerSchema(id), readersById.computeIfAbsent(id, this::readerFor), bytes, CONFLUENT_HEADER);
            }
            if (bytes.length < SINGLE_OBJECT_HEADER && bytes.length >= 2 && bytes[0] == (byte) 0xC3 && bytes[1] == 0x01) {
                throw malformed(Defect.UNDECODABLE, "it has " + bytes.length + " bytes, fewer than the 10 of the"
                        + " single-object header", null);
            }
            throw malformed(Defect.UNDECODABLE, "it starts with " + HexFormat.ofDelimiter(" ").withUpperCase()
                    .formatHex(bytes, 0, Math.min(bytes.length, 2)) + " (" + bytes.length + " bytes), neither C3 01"
                    + " (Avro single-object encoding) nor 00 (Confluent wire format)", null);
        } catch (MalformedValueException e) {
            throw e;
        } catch (AvroBinaryChecker.Fault fault) {
            String path = fault.path();
            throw malformed(fault.defect, (path.isEmpty() ? "" : "field " + path + ": ") + fault.detail, null);
        } catch (IOException | RuntimeException e) {
            throw malformed(Defect.UNDECODABLE, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            // the checker bounds every declared length, so this should not happen; if it does, the
            // record is poison, not the application
            throw malformed(Defect.UNDECODABLE, "decoding it ran out of memory (" + e.getMessage() + ")", null);
        }
    }

    private T read(Schema writerSchema, DatumReader<T> datumReader, byte[] bytes, int offset) throws IOException {
        AvroBinaryChecker.check(writerSchema, bytes, offset);
        return datumReader.read(null, DecoderFactory.get().binaryDecoder(bytes, offset, bytes.length - offset, null));
    }

    private Schema writerSchema(int id) {
        if (registry == null) {
            throw malformed(Defect.UNDECODABLE, "it is in the Confluent wire format (schema id " + id + ") and no "
                    + "schema registry is set; set schema.registry.url to read it", null);
        }
        return registry.schemaById(id);
    }

    private DatumReader<T> readerFor(int id) {
        return new SpecificDatumReader<>(writerSchema(id), schema, model);
    }

    private static boolean isSingleObject(byte[] bytes) {
        return bytes.length >= SINGLE_OBJECT_HEADER && bytes[0] == (byte) 0xC3 && bytes[1] == 0x01;
    }

    private MalformedValueException malformed(Defect defect, String what, Throwable cause) {
        String todo = switch (defect) {
            case UNDECODABLE -> "produce it with the schema in schemas/" + type.getSimpleName() + ".avsc, e.g. through"
                    + " 'sahelwatch ingest'";
            case INVALID_UTF8 -> "encode every text field as UTF-8";
            case TRAILING_BYTES -> "send exactly one record per Kafka value, with nothing after it";
        };
        return new MalformedValueException(defect, "value is not a valid Avro " + type.getSimpleName() + ": " + what
                + "; " + todo, cause);
    }

    private static String hex(long value) {
        return String.format("%016x", value);
    }

    @Override
    public Serializer<T> serializer() {
        if (registry == null) {
            return (topic, data) -> data == null ? null : encode(data);
        }
        return (topic, data) -> data == null ? null : encode(registry.register(topic + "-value", schema), data);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> data == null ? null : decode(data);
    }
}
