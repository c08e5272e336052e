package org.sahelwatch.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.kafka.AvroSerde;
import org.sahelwatch.kafka.Topics;
import org.sahelwatch.tagging.Tagger;

/**
 * The one factory of the Sahelwatch topology. Pure: no KafkaStreams, no network, no files, so the
 * TopologyTestDriver tests run exactly the production graph. The Kafka Streams properties are
 * passed in so that {@code ensure.explicit.internal.resource.naming} is enforced when building.
 *
 * <pre>
 * raw ─▶ validate ─┬─ invalid ─▶ deadletter
 *                  └─ valid ─▶ key by canonical URL ─▶ repartition ─▶ dedup (7-day store)
 *                        ─▶ enrich ─┬─ failed ─▶ deadletter
 *                                   └─ ok ─▶ enriched topic
 *                                          └─▶ alert decision ─▶ alerts topic (key = alertId)
 * </pre>
 */
public final class SahelwatchTopology {

    /** Settings the topology needs. */
    public record Settings(int maxBodyChars, Duration dedupRetention) { }

    private SahelwatchTopology() {
    }

    public static Topology build(Settings settings, Topics topics, Tagger tagger, Clock clock,
                                 Properties streamsProperties) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        builder.addStateStore(dedupStore(settings.dedupRetention()));
        AvroSerde<RawArticle> rawSerde = AvroSerde.rawArticle();

        Map<String, KStream<byte[], Outcome<RawArticle>>> validated = builder
                .stream(topics.raw().name(), topics.raw().consumed(PipelineNames.VALIDATE_SOURCE))
                .process(() -> new ArticleValidator(settings.maxBodyChars()), Named.as(PipelineNames.VALIDATE_PROCESSOR))
                .split(Named.as(PipelineNames.VALIDATE_SPLIT))
                .branch((key, outcome) -> outcome.isOk(), Branched.as(PipelineNames.VALIDATE_VALID))
                .defaultBranch(Branched.as(PipelineNames.VALIDATE_INVALID));

        validated.get(PipelineNames.VALIDATE_SPLIT + PipelineNames.VALIDATE_INVALID)
                .mapValues(Outcome::deadLetter, Named.as(PipelineNames.VALIDATE_TO_DEADLETTER))
                .to(topics.deadLetter().name(), topics.deadLetter().produced(PipelineNames.VALIDATE_DEADLETTER_SINK));

        Map<String, KStream<String, Outcome<EnrichedArticle>>> enriched = validated
                .get(PipelineNames.VALIDATE_SPLIT + PipelineNames.VALIDATE_VALID)
                .mapValues(Outcome::value, Named.as(PipelineNames.VALIDATE_UNWRAP))
                .selectKey((key, article) -> CanonicalKeys.of(article), Named.as(PipelineNames.DEDUP_KEY))
                .repartition(Repartitioned.<String, RawArticle>as(PipelineNames.DEDUP_REPARTITION)
                        .withKeySerde(Serdes.String()).withValueSerde(rawSerde))
                .process(() -> new Deduplicator(settings.dedupRetention()), Named.as(PipelineNames.DEDUP_PROCESSOR),
                        PipelineNames.DEDUP_STORE)
                .processValues(() -> new ArticleEnricher(tagger, clock), Named.as(PipelineNames.ENRICH_PROCESSOR))
                .split(Named.as(PipelineNames.ENRICH_SPLIT))
                .branch((key, outcome) -> outcome.isOk(), Branched.as(PipelineNames.ENRICH_OK))
                .defaultBranch(Branched.as(PipelineNames.ENRICH_FAILED));

        enriched.get(PipelineNames.ENRICH_SPLIT + PipelineNames.ENRICH_FAILED)
                .mapValues(Outcome::deadLetter, Named.as(PipelineNames.ENRICH_TO_DEADLETTER))
                .selectKey((key, value) -> key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                        Named.as(PipelineNames.ENRICH_DEADLETTER_KEY))
                .to(topics.deadLetter().name(), topics.deadLetter().produced(PipelineNames.ENRICH_DEADLETTER_SINK));

        KStream<String, EnrichedArticle> articles = enriched.get(PipelineNames.ENRICH_SPLIT + PipelineNames.ENRICH_OK)
                .mapValues(Outcome::value, Named.as(PipelineNames.ENRICH_UNWRAP));
        articles.to(topics.enriched().name(), topics.enriched().produced(PipelineNames.ENRICH_SINK));

        AlertBuilder alerts = new AlertBuilder(tagger.dictionary().gazetteer());
        articles.flatMap((key, article) -> alerts.alertsFor(article).stream()
                        .map(alert -> KeyValue.pair(alert.getAlertId(), alert)).toList(),
                        Named.as(PipelineNames.ALERTS_DECIDE))
                .to(topics.alerts().name(), topics.alerts().produced(PipelineNames.ALERTS_SINK));

        return builder.build(streamsProperties);
    }

    private static StoreBuilder<WindowStore<String, Long>> dedupStore(Duration retention) {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(PipelineNames.DEDUP_STORE, retention, retention, false),
                Serdes.String(), Serdes.Long());
    }
}
