package org.sahelwatch.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.sahelwatch.avro.AlertHistory;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.io.AvroJson;

/**
 * Queries over the alert history store, across every instance of the application: a key is read
 * where it lives (Kafka Streams' metadata names the owner; other owners are asked over HTTP), and a
 * listing gathers every instance's local part.
 */
public final class IncidentQueries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaStreams streams;
    private final String storeName;
    private final HostInfo self;
    private final String internalSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** @param internalSecret sent to the other instances' /internal/* (empty: none) */
    public IncidentQueries(KafkaStreams streams, String storeName, HostInfo self, String internalSecret) {
        this.streams = streams;
        this.storeName = storeName;
        this.self = self;
        this.internalSecret = internalSecret;
    }

    /** Latest version of every alert matching the filter, newest first, from all instances. */
    public ArrayNode latest(IncidentFilter filter) throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        for (StreamsMetadata instance : streams.streamsMetadataForStore(storeName)) {
            if (instance.hostInfo().equals(self)) {
                localLatest(filter).forEach(all::add);
            } else {
                fetch(instance.hostInfo(), "/internal/incidents" + filter.toQuery())
                        .orElseThrow(() -> new IOException("instance " + instance.hostInfo() + " has no /internal/incidents"))
                        .forEach(all::add);
            }
        }
        if (all.isEmpty() && streams.streamsMetadataForStore(storeName).isEmpty()) {
            localLatest(filter).forEach(all::add); // not assigned yet: answer what this instance has
        }
        all.sort(Comparator.comparing((JsonNode n) -> n.get("lastSeenAt").asText()).reversed());
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        all.forEach(out::add);
        return out;
    }

    /** This instance's part of {@link #latest}. */
    public ArrayNode localLatest(IncidentFilter filter) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        try (KeyValueIterator<String, AlertHistory> all = store().all()) {
            while (all.hasNext()) {
                KeyValue<String, AlertHistory> entry = all.next();
                List<ConflictAlert> versions = entry.value.getVersions();
                ConflictAlert latest = versions.get(versions.size() - 1);
                if (filter.test(latest)) {
                    out.add(AvroJson.toJson(latest));
                }
            }
        }
        return out;
    }

    /** One alert with all its versions, read from the instance that owns it. */
    public Optional<JsonNode> history(String alertId) throws IOException, InterruptedException {
        KeyQueryMetadata owner = streams.queryMetadataForKey(storeName, alertId, Serdes.String().serializer());
        if (owner == null || owner.activeHost() == null || owner.activeHost().equals(self)
                || owner.activeHost().equals(HostInfo.unavailable())) {
            return localHistory(alertId);
        }
        return fetch(owner.activeHost(), "/internal/incidents/" + URLEncoder.encode(alertId, StandardCharsets.UTF_8));
    }

    /** This instance's copy of one alert's history. */
    public Optional<JsonNode> localHistory(String alertId) {
        AlertHistory history = store().get(alertId);
        if (history == null) {
            return Optional.empty();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        List<ConflictAlert> versions = history.getVersions();
        out.set("alert", AvroJson.toJson(versions.get(versions.size() - 1)));
        ArrayNode all = out.putArray("versions");
        versions.forEach(v -> all.add(AvroJson.toJson(v)));
        return Optional.of(out);
    }

    private ReadOnlyKeyValueStore<String, AlertHistory> store() {
        return streams.store(StoreQueryParameters.fromNameAndType(storeName,
                QueryableStoreTypes.<String, AlertHistory>keyValueStore()));
    }

    /** Another instance's answer; empty for a 404. */
    private Optional<JsonNode> fetch(HostInfo host, String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port()
                + pathAndQuery)).timeout(Duration.ofSeconds(5)).GET();
        if (!internalSecret.isEmpty()) {
            request.header(DeskAccess.INTERNAL_SECRET_HEADER, internalSecret);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return switch (response.statusCode()) {
            case 200 -> Optional.of(JSON.readTree(response.body()));
            case 404 -> Optional.empty();
            case 401, 403 -> throw new IOException("instance " + host + " refused " + pathAndQuery + " ("
                    + response.statusCode() + "): give every instance the same desk.internal.secret");
            default -> throw new IOException("instance " + host + " answered " + response.statusCode() + " to " + pathAndQuery);
        };
    }
}
