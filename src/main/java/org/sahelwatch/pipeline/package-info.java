/**
 * The Kafka Streams topology: validate raw articles (bad ones to the dead letters), drop exact
 * duplicates, enrich with the tagger, publish enriched articles, decide alerts. One pure factory,
 * {@link org.sahelwatch.pipeline.SahelwatchTopology#build}, builds the whole graph; it reads no
 * files and opens no connections.
 */
package org.sahelwatch.pipeline;
