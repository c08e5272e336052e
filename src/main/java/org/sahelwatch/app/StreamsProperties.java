package org.sahelwatch.app;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.sahelwatch.config.SahelwatchConfig;

/** Kafka Streams properties derived from Sahelwatch's settings. */
public final class StreamsProperties {

    private StreamsProperties() {
    }

    /** The host other instances reach this one's desk at. */
    public static String advertisedHost(SahelwatchConfig config) {
        String advertised = config.getString(SahelwatchConfig.DESK_ADVERTISED_HOST);
        return advertised.isBlank() ? config.getString(SahelwatchConfig.DESK_HOST) : advertised;
    }

    public static Properties from(SahelwatchConfig config) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.getString(SahelwatchConfig.APPLICATION_ID));
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.getString(SahelwatchConfig.BOOTSTRAP_SERVERS));
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.getString(SahelwatchConfig.STATE_DIR));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.getString(SahelwatchConfig.PROCESSING_GUARANTEE));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.getInt(SahelwatchConfig.NUM_STREAM_THREADS));
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.getLong(SahelwatchConfig.COMMIT_INTERVAL_MS));
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.getShort(SahelwatchConfig.TOPIC_REPLICATION_FACTOR));
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        // a record that cannot be deserialized is logged with topic/partition/offset and counted
        // (dropped-records metric); the raw topic is read as bytes, so bad articles reach the
        // validator and its dead letters instead
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        props.putAll(config.streamsOverrides());
        return props;
    }
}
