package org.sahelwatch.kafka;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.Serdes;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.DeadLetter;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.SurgeAlert;
import org.sahelwatch.config.SahelwatchConfig;

/**
 * The application's topics, named from config. Raw articles are read as bytes so that bad ones can
 * be dead-lettered. The output topics' values are in the wire format of {@code output.wire.format}:
 * Avro single-object encoding, or the Confluent Schema Registry format, whose schemas are registered
 * here, at start-up, so that a registry that is down or refuses a schema stops the start.
 */
public record Topics(Topic<byte[], byte[]> raw, Topic<String, EnrichedArticle> enriched,
                     Topic<String, ConflictAlert> alerts, Topic<byte[], DeadLetter> deadLetter,
                     Topic<String, SurgeAlert> surges) {

    public static Topics from(SahelwatchConfig config) {
        SchemaRegistryClient registry = registry(config);
        String enriched = config.getString(SahelwatchConfig.TOPIC_ENRICHED);
        String alerts = config.getString(SahelwatchConfig.TOPIC_ALERTS);
        String deadLetter = config.getString(SahelwatchConfig.TOPIC_DEADLETTER);
        String surges = config.getString(SahelwatchConfig.TOPIC_SURGES);
        return new Topics(
                new Topic<>(config.getString(SahelwatchConfig.TOPIC_RAW), Serdes.ByteArray(), Serdes.ByteArray()),
                new Topic<>(enriched, Serdes.String(), output(AvroSerde.enrichedArticle(), registry, enriched)),
                new Topic<>(alerts, Serdes.String(), output(AvroSerde.conflictAlert(), registry, alerts)),
                new Topic<>(deadLetter, Serdes.ByteArray(), output(AvroSerde.deadLetter(), registry, deadLetter)),
                new Topic<>(surges, Serdes.String(), output(AvroSerde.surgeAlert(), registry, surges)));
    }

    /** A route's topic: alerts keyed by alertId, in the alerts topic's wire format. */
    public Topic<String, ConflictAlert> route(String name) {
        return new Topic<>(name, Serdes.String(), alerts.valueSerde());
    }

    private static SchemaRegistryClient registry(SahelwatchConfig config) {
        if (!"confluent".equals(config.getString(SahelwatchConfig.OUTPUT_WIRE_FORMAT))) {
            return null;
        }
        String url = config.getString(SahelwatchConfig.SCHEMA_REGISTRY_URL);
        if (url.isBlank()) {
            throw new ConfigException(SahelwatchConfig.SCHEMA_REGISTRY_URL, url, "output.wire.format=confluent needs"
                    + " the URL of a Confluent-compatible schema registry, e.g. http://localhost:8081");
        }
        return new SchemaRegistryClient(url);
    }

    /** The serde of an output topic; with a registry, its schema is registered now under {@code <topic>-value}. */
    private static <T extends SpecificRecord> AvroSerde<T> output(AvroSerde<T> serde, SchemaRegistryClient registry,
                                                                  String topic) {
        if (registry == null) {
            return serde;
        }
        registry.register(topic + "-value", serde.schema());
        return serde.withRegistry(registry);
    }
}
