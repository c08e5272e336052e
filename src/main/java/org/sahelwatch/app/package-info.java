/**
 * Running the pipeline: Kafka Streams properties from the settings, topic creation, the
 * {@link org.sahelwatch.app.StreamsRunner} that owns a {@code KafkaStreams} instance and shuts it
 * down cleanly.
 */
package org.sahelwatch.app;
