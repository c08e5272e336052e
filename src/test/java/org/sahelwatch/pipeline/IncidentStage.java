package org.sahelwatch.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.IncidentReport;
import org.sahelwatch.kafka.AvroSerde;

/**
 * The incident stage alone, as Kafka Streams runs it over several partitions of the
 * {@code incidents-by-key} topic: one {@link IncidentAggregator} with its own stores per partition,
 * each report sent to the partition of its key. Records what the stage published, in order.
 */
final class IncidentStage {

    /** One record the stage published: a version, or a withdrawal (then {@code supersededBy} is set). */
    record Published(String alertId, ConflictAlert alert, String supersededBy) {
        boolean isWithdrawal() {
            return supersededBy != null;
        }
    }

    private final List<MockProcessorContext<String, ConflictAlert>> contexts = new ArrayList<>();
    private final List<IncidentAggregator> partitions = new ArrayList<>();
    private final List<Published> published = new ArrayList<>();

    IncidentStage(IncidentRules rules, int partitionCount) {
        for (int p = 0; p < partitionCount; p++) {
            MockProcessorContext<String, ConflictAlert> context = new MockProcessorContext<>();
            addStore(context, PipelineNames.INCIDENTS_REPORTS_STORE, Stores.keyValueStoreBuilder(
                    Stores.inMemoryKeyValueStore(PipelineNames.INCIDENTS_REPORTS_STORE), Serdes.String(), AvroSerde.incidentReport()));
            addStore(context, PipelineNames.INCIDENTS_PUBLISHED_STORE, Stores.keyValueStoreBuilder(
                    Stores.inMemoryKeyValueStore(PipelineNames.INCIDENTS_PUBLISHED_STORE), Serdes.String(), AvroSerde.incident()));
            addStore(context, PipelineNames.INCIDENTS_CLOCK_STORE, Stores.keyValueStoreBuilder(
                    Stores.inMemoryKeyValueStore(PipelineNames.INCIDENTS_CLOCK_STORE), Serdes.String(), Serdes.Long()));
            IncidentAggregator aggregator = new IncidentAggregator(rules);
            aggregator.init(context);
            contexts.add(context);
            partitions.add(aggregator);
        }
    }

    private static <V> void addStore(MockProcessorContext<String, ConflictAlert> context, String name,
                                     org.apache.kafka.streams.state.StoreBuilder<KeyValueStore<String, V>> builder) {
        KeyValueStore<String, V> store = builder.withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }

    /** Sends a report, received by Kafka at its own time. */
    IncidentStage send(IncidentReport report) {
        return send(report, report.getCandidate().getFirstSeenAt().toEpochMilli());
    }

    IncidentStage send(IncidentReport report, long receivedAt) {
        int partition = Utils.toPositive(Utils.murmur2(report.getIncidentKey().getBytes(StandardCharsets.UTF_8)))
                % partitions.size();
        MockProcessorContext<String, ConflictAlert> context = contexts.get(partition);
        context.setRecordMetadata("incidents-by-key", partition, 0L);
        partitions.get(partition).process(new Record<>(report.getIncidentKey(), report, receivedAt));
        for (MockProcessorContext.CapturedForward<? extends String, ? extends ConflictAlert> forward : context.forwarded()) {
            Header mark = forward.record().headers().lastHeader(IncidentAggregator.SUPERSEDED_BY_HEADER);
            published.add(new Published(forward.record().key(), forward.record().value(),
                    mark == null ? null : new String(mark.value(), StandardCharsets.UTF_8)));
        }
        context.resetForwards();
        return this;
    }

    List<Published> published() {
        return List.copyOf(published);
    }

    /** The alerts a reader of the compacted alert topic holds at the end: the latest version of each live alert id. */
    Map<String, ConflictAlert> alerts() {
        return TopologyRun.latest(asAlertTopic());
    }

    /** Each live alert id with the article ids of its sources. */
    Map<String, Set<String>> incidents() {
        return TopologyRun.incidents(asAlertTopic());
    }

    /** What the alert topic receives: each version, and a tombstone for each withdrawal. */
    private List<KeyValue<String, ConflictAlert>> asAlertTopic() {
        return published.stream().map(p -> KeyValue.pair(p.alertId(), p.isWithdrawal() ? null : p.alert())).toList();
    }

    /** How many reports the partitions' stores hold. */
    int reportsHeld() {
        int held = 0;
        for (MockProcessorContext<String, ConflictAlert> context : contexts) {
            KeyValueStore<String, IncidentReport> store = context.getStateStore(PipelineNames.INCIDENTS_REPORTS_STORE);
            held += (int) store.approximateNumEntries();
        }
        return held;
    }

    /** The value of one of Sahelwatch's incident counters, summed over the partitions. */
    double counter(String name) {
        double total = 0;
        for (MockProcessorContext<String, ConflictAlert> context : contexts) {
            total += context.metrics().metrics().entrySet().stream()
                    .filter(e -> e.getKey().name().equals(name) && e.getKey().group().contains(PipelineNames.METRICS_SCOPE))
                    .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).sum();
        }
        return total;
    }
}
