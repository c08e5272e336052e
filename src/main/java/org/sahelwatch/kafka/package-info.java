/**
 * Kafka plumbing: topics as values ({@link org.sahelwatch.kafka.Topic}), Avro single-object
 * serdes over the generated classes, topic creation, and the embedded single-node KRaft broker
 * of the {@code broker} and {@code demo} commands.
 */
package org.sahelwatch.kafka;
