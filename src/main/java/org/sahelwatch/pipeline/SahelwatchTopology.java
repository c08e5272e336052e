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
import java.util.List;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.IncidentReport;
import org.sahelwatch.avro.SurgeAlert;
import org.sahelwatch.kafka.Topic;
import org.sahelwatch.routing.Route;
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
 *                                          └─▶ alert decision ─▶ repartition by incident key
 *                                                ─▶ incidents (grouped in event time, near-duplicates)
 *                                                      ─▶ alerts topic (key = alertId; withdrawn ids as tombstones)
 *                                                      ├─▶ route topics (one filter per route)
 *                                                      └─▶ new and withdrawn incidents by region ─▶ surges ─▶ surges topic
 * alerts topic ─▶ desk alert history (every version by alertId, for the query API)
 * </pre>
 */
public final class SahelwatchTopology {

    /** Settings the topology needs. */
    public record Settings(int maxBodyChars, Duration dedupRetention, IncidentRules incidents,
                           SurgeRule surgeRule, List<Route> routes, Duration historyRetention) {

        public Settings {
            routes = List.copyOf(routes);
        }

        /** Defaults as in config/application.properties, without routes (tests). */
        public static Settings defaults() {
            return new Settings(200_000, Duration.ofDays(7), IncidentRules.defaults(),
                    new SurgeRule(Duration.ofHours(24), Duration.ofDays(7), 3.0, 3), List.of(), Duration.ofDays(30));
        }

        public Settings withRoutes(List<Route> newRoutes) {
            return new Settings(maxBodyChars, dedupRetention, incidents, surgeRule, newRoutes, historyRetention);
        }

        public Settings withMaxBodyChars(int chars) {
            return new Settings(chars, dedupRetention, incidents, surgeRule, routes, historyRetention);
        }

        public Settings withIncidents(IncidentRules rules) {
            return new Settings(maxBodyChars, dedupRetention, rules, surgeRule, routes, historyRetention);
        }
    }

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

        KStream<String, ConflictAlert> versions = incidents(builder, settings, articles, tagger);
        versions.processValues(IncidentChanges::asTombstones, Named.as(PipelineNames.ALERTS_TOMBSTONES))
                .to(topics.alerts().name(), topics.alerts().produced(PipelineNames.ALERTS_SINK));
        for (Route route : settings.routes()) {
            Topic<String, ConflictAlert> target = topics.route(route.topic());
            String name = PipelineNames.ROUTE_PREFIX + route.name();
            versions.filter((alertId, alert) -> route.matches(alert), Named.as(name + "-filter"))
                    .processValues(IncidentChanges::asTombstones, Named.as(name + "-tombstones"))
                    .to(target.name(), target.produced(name + "-sink"));
        }
        surges(builder, settings, versions)
                .to(topics.surges().name(), topics.surges().produced(PipelineNames.SURGES_SINK));
        alertHistory(builder, settings, topics);

        return builder.build(streamsProperties);
    }

    /**
     * Each Sahel event of an article becomes a report, grouped with the reports of its incident key;
     * each new version goes on, and so does each withdrawn alert id (see {@link IncidentAggregator}).
     */
    private static KStream<String, ConflictAlert> incidents(StreamsBuilder builder, Settings settings,
                                                            KStream<String, EnrichedArticle> articles, Tagger tagger) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(
                PipelineNames.INCIDENTS_REPORTS_STORE), Serdes.String(), AvroSerde.incidentReport()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(
                PipelineNames.INCIDENTS_PUBLISHED_STORE), Serdes.String(), AvroSerde.incident()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(
                PipelineNames.INCIDENTS_CLOCK_STORE), Serdes.String(), Serdes.Long()));
        AlertBuilder alerts = new AlertBuilder(tagger.dictionary().gazetteer());
        return articles
                .flatMap((key, article) -> alerts.alertsFor(article).stream()
                        .map(candidate -> IncidentMerger.report(candidate,
                                article.getArticle().getTitle() + "\n" + article.getArticle().getBody()))
                        .map(report -> KeyValue.pair(report.getIncidentKey(), report)).toList(),
                        Named.as(PipelineNames.ALERTS_DECIDE))
                .repartition(Repartitioned.<String, IncidentReport>as(PipelineNames.INCIDENTS_REPARTITION)
                        .withKeySerde(Serdes.String()).withValueSerde(AvroSerde.incidentReport()))
                .process(() -> new IncidentAggregator(settings.incidents()), Named.as(PipelineNames.INCIDENTS_MERGE),
                        PipelineNames.INCIDENTS_REPORTS_STORE, PipelineNames.INCIDENTS_PUBLISHED_STORE,
                        PipelineNames.INCIDENTS_CLOCK_STORE);
    }

    /** New incidents counted per admin1 region (a withdrawn one no longer); a burst raises one surge alert. */
    private static KStream<String, SurgeAlert> surges(StreamsBuilder builder, Settings settings,
                                                     KStream<String, ConflictAlert> versions) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(PipelineNames.SURGES_STORE), Serdes.String(), AvroSerde.regionActivity()));
        return versions
                .processValues(IncidentChanges::newAndWithdrawn, Named.as(PipelineNames.SURGES_NEW_INCIDENTS))
                .selectKey((alertId, alert) -> regionKey(alert), Named.as(PipelineNames.SURGES_KEY))
                .repartition(Repartitioned.<String, ConflictAlert>as(PipelineNames.SURGES_REPARTITION)
                        .withKeySerde(Serdes.String()).withValueSerde(AvroSerde.conflictAlert()))
                .process(() -> new SurgeDetector(settings.surgeRule()), Named.as(PipelineNames.SURGES_DETECT),
                        PipelineNames.SURGES_STORE);
    }

    /** country|admin1 of an alert's place, or null when it names no admin1. */
    static String regionKey(ConflictAlert alert) {
        String key = IncidentMerger.incidentKey(alert);
        String region = key.substring(0, key.lastIndexOf('|'));
        return region.endsWith("|") ? null : region;
    }

    /** The desk's store of every version of each alert, read back from the alerts topic. */
    private static void alertHistory(StreamsBuilder builder, Settings settings, Topics topics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(PipelineNames.HISTORY_STORE), Serdes.String(), AvroSerde.alertHistory()));
        builder.stream(topics.alerts().name(), topics.alerts().consumed(PipelineNames.HISTORY_SOURCE))
                .process(() -> new AlertHistoryIndexer(settings.historyRetention()),
                        Named.as(PipelineNames.HISTORY_INDEX), PipelineNames.HISTORY_STORE);
    }

    private static StoreBuilder<WindowStore<String, Long>> dedupStore(Duration retention) {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(PipelineNames.DEDUP_STORE, retention, retention, false),
                Serdes.String(), Serdes.Long());
    }
}
