package org.sahelwatch.kafka;

import org.apache.kafka.common.serialization.Serdes;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.DeadLetter;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.SurgeAlert;
import org.sahelwatch.config.SahelwatchConfig;

/** The application's topics, named from config. Raw articles are read as bytes so that bad ones can be dead-lettered. */
public record Topics(Topic<byte[], byte[]> raw, Topic<String, EnrichedArticle> enriched,
                     Topic<String, ConflictAlert> alerts, Topic<byte[], DeadLetter> deadLetter,
                     Topic<String, SurgeAlert> surges) {

    public static Topics from(SahelwatchConfig config) {
        return new Topics(
                new Topic<>(config.getString(SahelwatchConfig.TOPIC_RAW), Serdes.ByteArray(), Serdes.ByteArray()),
                new Topic<>(config.getString(SahelwatchConfig.TOPIC_ENRICHED), Serdes.String(), AvroSerde.enrichedArticle()),
                new Topic<>(config.getString(SahelwatchConfig.TOPIC_ALERTS), Serdes.String(), AvroSerde.conflictAlert()),
                new Topic<>(config.getString(SahelwatchConfig.TOPIC_DEADLETTER), Serdes.ByteArray(), AvroSerde.deadLetter()),
                new Topic<>(config.getString(SahelwatchConfig.TOPIC_SURGES), Serdes.String(), AvroSerde.surgeAlert()));
    }

    /** A route's topic: alerts keyed by alertId. */
    public static Topic<String, ConflictAlert> routeTopic(String name) {
        return new Topic<>(name, Serdes.String(), AvroSerde.conflictAlert());
    }
}
