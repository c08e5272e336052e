package org.sahelwatch.kafka;

import org.apache.kafka.common.serialization.Serdes;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.DeadLetter;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.config.SahelwatchConfig;

/** The application's topics, named from config. Raw articles are read as bytes so that bad ones can be dead-lettered. */
public record Topics(Topic<byte[], byte[]> raw, Topic<String, EnrichedArticle> enriched,
                     Topic<String, ConflictAlert> alerts, Topic<byte[], DeadLetter> deadLetter) {

    public static Topics from(SahelwatchConfig config) {
        return new Topics(
                new Topic<>(config.getString(SahelwatchConfig.TOPIC_RAW), Serdes.ByteArray(), Serdes.ByteArray()),
                new Topic<>(config.getString(SahelwatchConfig.TOPIC_ENRICHED), Serdes.String(), AvroSerde.enrichedArticle()),
                new Topic<>(config.getString(SahelwatchConfig.TOPIC_ALERTS), Serdes.String(), AvroSerde.conflictAlert()),
                new Topic<>(config.getString(SahelwatchConfig.TOPIC_DEADLETTER), Serdes.ByteArray(), AvroSerde.deadLetter()));
    }
}
