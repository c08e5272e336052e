package org.sahelwatch.pipeline;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.sahelwatch.avro.DeadLetter;
import org.sahelwatch.avro.DeadLetterHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds dead-letter records (reason, coordinates, original bytes) and counts them per reason in
 * the {@code sahelwatch} metric group ({@code deadletter-<REASON>-total} / {@code -rate}).
 * One instance per processor instance: sensors are created lazily on the processor's thread.
 */
public final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    /** Reason codes (DeadLetter.reason). */
    static final String UNDECODABLE = "UNDECODABLE";
    static final String MISSING_ID = "MISSING_ID";
    static final String MISSING_SOURCE = "MISSING_SOURCE";
    static final String MISSING_TITLE = "MISSING_TITLE";
    static final String MISSING_BODY = "MISSING_BODY";
    static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";
    static final String PROCESSING_ERROR = "PROCESSING_ERROR";
    /** Tagging the article took longer than tagging.max.millis (the stream thread went on with the next). */
    static final String TAGGING_TOO_SLOW = "TAGGING_TOO_SLOW";
    /** A text field of the article is not valid UTF-8 (decoding would have replaced bytes with U+FFFD). */
    static final String INVALID_UTF8 = "INVALID_UTF8";
    /** Bytes follow a complete RawArticle in the value (decoding would have ignored them). */
    static final String TRAILING_BYTES = "TRAILING_BYTES";
    /** Every reason above: the desk's dead-letter counter shows each one from start-up, at zero until it happens. */
    public static final List<String> REASONS = List.of(UNDECODABLE, MISSING_ID, MISSING_SOURCE, MISSING_TITLE,
            MISSING_BODY, BODY_TOO_LARGE, PROCESSING_ERROR, TAGGING_TOO_SLOW, INVALID_UTF8, TRAILING_BYTES);

    private final ProcessingContext context;
    private final Map<String, Sensor> sensors = new HashMap<>();

    DeadLetters(ProcessingContext context) {
        this.context = context;
    }

    DeadLetter create(String reason, Throwable error, String message, byte[] key, byte[] value,
                      long timestamp, Headers headers) {
        RecordMetadata where = context.recordMetadata().orElse(null);
        String topic = where == null ? "" : where.topic();
        int partition = where == null ? -1 : where.partition();
        long offset = where == null ? -1L : where.offset();
        log.warn("Dead-lettering record at {}-{}@{}: {} ({})", topic, partition, offset, reason, message);
        sensor(reason).record();
        return DeadLetter.newBuilder()
                .setReason(reason)
                .setErrorClass(error == null ? null : error.getClass().getName())
                .setMessage(message)
                .setTopic(topic)
                .setPartition(partition)
                .setOffset(offset)
                .setTimestamp(timestamp < 0 ? null : Instant.ofEpochMilli(timestamp))
                .setKey(key == null ? null : ByteBuffer.wrap(key))
                .setValue(value == null ? null : ByteBuffer.wrap(value))
                .setHeaders(headers(headers))
                .build();
    }

    private static List<DeadLetterHeader> headers(Headers headers) {
        List<DeadLetterHeader> out = new ArrayList<>();
        if (headers != null) {
            for (Header h : headers) {
                out.add(new DeadLetterHeader(h.key(), h.value() == null ? null : ByteBuffer.wrap(h.value())));
            }
        }
        return out;
    }

    private Sensor sensor(String reason) {
        return sensors.computeIfAbsent(reason, r -> context.metrics().addRateTotalSensor(
                PipelineNames.METRICS_SCOPE, "deadletter", r, Sensor.RecordingLevel.INFO));
    }
}
