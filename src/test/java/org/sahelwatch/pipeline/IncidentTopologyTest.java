package org.sahelwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelwatch.Articles;
import org.sahelwatch.TestTagger;
import org.sahelwatch.learn.EventLabels;
import org.sahelwatch.avro.AlertHistory;
import org.sahelwatch.avro.AlertStatus;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.avro.Severity;
import org.sahelwatch.avro.SurgeAlert;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.kafka.AvroSerde;
import org.sahelwatch.kafka.Topics;
import org.sahelwatch.routing.Route;

/** Incidents, their versions, near-duplicates, routes and surges on the production topology. */
class IncidentTopologyTest {

    private static final Instant T0 = Instant.parse("2023-11-14T12:00:00Z");
    private static final List<Route> ROUTES = List.of(
            new Route("mali", "sahelwatch.alerts.mali", Set.of("ML"), null, Set.of(), Set.of()),
            new Route("critical", "sahelwatch.alerts.critical", Set.of(), Severity.HIGH, Set.of(), Set.of()),
            new Route("jnim", "sahelwatch.alerts.jnim", Set.of(), null, Set.of(), Set.of("jnim")),
            new Route("burkina-battles", "sahelwatch.alerts.bf-battles", Set.of("BF"), null, Set.of(EventType.BATTLES), Set.of()));

    private final Topics topics = Topics.from(new SahelwatchConfig(Map.of()));
    private final Map<String, RawArticle> reports = readReports();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, ConflictAlert> alerts;
    private TestOutputTopic<String, SurgeAlert> surges;

    private static Map<String, RawArticle> readReports() {
        Map<String, RawArticle> byId = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Articles.resource("/samples/kidal-reports.jsonl").split("\n")) {
            try {
                JsonNode n = json.readTree(line);
                byId.put(n.get("id").asText(), anArticle().withId(n.get("id").asText()).at(n.get("url").asText())
                        .from(n.get("source").asText()).titled(n.get("title").asText()).withBody(n.get("body").asText())
                        .publishedAt(Instant.parse(n.get("publishedAt").asText())).build());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return byId;
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path stateDir;

    @BeforeEach
    void startDriver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sahelwatch-incidents-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()); // its own: other builds may run this test too
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        driver = new TopologyTestDriver(SahelwatchTopology.build(SahelwatchTopology.Settings.defaults().withRoutes(ROUTES),
                topics, TestTagger.get(), Clock.fixed(T0, ZoneOffset.UTC), props), props, T0);
        raw = driver.createInputTopic(topics.raw().name(), Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
        alerts = output(topics.alerts().name());
        surges = driver.createOutputTopic(topics.surges().name(), Serdes.String().deserializer(),
                AvroSerde.surgeAlert().deserializer());
    }

    private TestOutputTopic<String, ConflictAlert> output(String topic) {
        return driver.createOutputTopic(topic, Serdes.String().deserializer(), AvroSerde.conflictAlert().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    private void send(RawArticle article) {
        raw.pipeInput(article.getId().getBytes(StandardCharsets.UTF_8), AvroSerde.rawArticle().encode(article), T0);
    }

    private List<ConflictAlert> kidalVersions(List<ConflictAlert> all) {
        return all.stream().filter(a -> a.getLocation().getName().equals("Kidal")
                && EventLabels.changesHands(a.getSubEventType())).toList();
    }

    @Test
    void shouldMergeThreeOutletsReportsIntoOneIncidentWithThreeVersions() {
        send(reports.get("kidal-france24"));
        send(reports.get("kidal-bbc"));
        send(reports.get("kidal-reuters"));

        List<ConflictAlert> kidal = kidalVersions(alerts.readValuesToList());
        assertThat(kidal).extracting(ConflictAlert::getVersion).containsExactly(1, 2, 3);
        assertThat(kidal).extracting(ConflictAlert::getAlertId).containsOnly(kidal.get(0).getAlertId());
        assertThat(kidal).extracting(ConflictAlert::getStatus)
                .containsExactly(AlertStatus.NEW, AlertStatus.UPDATED, AlertStatus.UPDATED);
        ConflictAlert latest = kidal.get(2);
        assertThat(latest.getIndependentSources()).isEqualTo(3);
        // the outlets tell the town changing hands; most of them tell a recapture
        assertThat(latest.getSubEventType()).isEqualTo("Government regains territory");
        assertThat(latest.getSources()).extracting(s -> s.getSource()).containsExactly("France 24", "BBC News", "Reuters");
        // Reuters' four soldiers killed in clashes on the road in the days before are an event of their own
        assertThat(latest.getFatalities()).isNull();
        assertThat(latest.getFirstSeenAt()).isEqualTo(Instant.parse("2023-11-14T17:45:00Z"));
        assertThat(latest.getLastSeenAt()).isEqualTo(Instant.parse("2023-11-15T08:30:00Z"));
    }

    @Test
    void shouldListASyndicatedCopyAsAlsoCarriedByWithoutCountingIt() {
        send(reports.get("kidal-france24"));
        send(reports.get("kidal-bbc"));
        send(reports.get("kidal-reuters"));
        send(reports.get("kidal-reuters-syndicated"));

        List<ConflictAlert> kidal = kidalVersions(alerts.readValuesToList());
        ConflictAlert latest = kidal.get(kidal.size() - 1);
        assertThat(latest.getVersion()).isEqualTo(4);
        assertThat(latest.getIndependentSources()).isEqualTo(3);
        assertThat(latest.getAlsoCarriedBy()).containsExactly("Example News Africa");
        assertThat(latest.getSources()).filteredOn(s -> !s.getIndependent()).extracting(s -> s.getSource())
                .containsExactly("Example News Africa");
    }

    @Test
    void shouldRaiseNothingWhenTheSameOutletReportsAgain() {
        send(reports.get("kidal-france24"));
        RawArticle again = RawArticle.newBuilder(reports.get("kidal-bbc")).setId("f24-again").setSource("France 24")
                .setUrl("https://www.france24.com/en/africa/20231114-kidal-update").build();
        send(again);

        assertThat(kidalVersions(alerts.readValuesToList())).extracting(ConflictAlert::getVersion).containsExactly(1);
    }

    @org.junit.jupiter.api.Disabled("known miss of model events-b722003da723: the seed article adds an armed-clash incident in Kidal from an analysis sentence (0.42); see the README")
    @Test
    void shouldKeepTheTimbuktuBlockadeAsASeparateIncident() {
        send(reports.get("kidal-france24"));
        send(reports.get("timbuktu-blockade-aljazeera"));

        List<ConflictAlert> all = alerts.readValuesToList();
        assertThat(all).extracting(a -> a.getLocation().getName()).containsExactly("Kidal", "Timbuktu");
        assertThat(all.get(0).getAlertId()).isNotEqualTo(all.get(1).getAlertId());
        assertThat(all).allMatch(a -> a.getVersion() == 1);
    }

    @Test
    void shouldOpenANewIncidentAfterTheQuietGap() {
        send(reports.get("kidal-france24"));
        send(RawArticle.newBuilder(reports.get("kidal-bbc"))
                .setPublishedAt(reports.get("kidal-france24").getPublishedAt().plus(Duration.ofDays(3))).build());

        List<ConflictAlert> kidal = kidalVersions(alerts.readValuesToList());
        assertThat(kidal).extracting(ConflictAlert::getVersion).containsExactly(1, 1);
        assertThat(kidal.get(0).getAlertId()).isNotEqualTo(kidal.get(1).getAlertId());
    }

    @Test
    void shouldEscalateWhenALaterReportRaisesTheSeverity() {
        send(anArticle().withId("a").from("RFI").titled("Clashes near Gao")
                .withBody("Malian soldiers clashed with JNIM fighters near Bourem, in the Gao region.")
                .publishedAt(T0).build());
        send(anArticle().withId("b").from("Studio Tamani").titled("Heavy toll in Bourem fighting")
                .withBody("At least 60 people were killed when JNIM fighters attacked Bourem, in the Gao region, "
                        + "and clashed with the army, local officials said.")
                .publishedAt(T0.plus(Duration.ofHours(5))).build());

        List<ConflictAlert> all = alerts.readValuesToList().stream()
                .filter(a -> a.getEventType() == EventType.BATTLES).toList();
        assertThat(all).extracting(ConflictAlert::getStatus).containsExactly(AlertStatus.NEW, AlertStatus.ESCALATED);
        assertThat(all.get(1).getSeverity()).isEqualTo(Severity.CRITICAL);
        assertThat(all.get(1).getFatalities()).isEqualTo(60);
    }

    @Test
    void shouldSendEachVersionToExactlyTheRoutesItMatches() {
        send(reports.get("kidal-france24"));
        send(reports.get("timbuktu-blockade-aljazeera"));
        send(anArticle().withId("djibo").from("AIB").titled("Attack on Djibo")
                .withBody("JNIM fighters attacked the army base in Djibo, killing 12 soldiers.").publishedAt(T0).build());

        List<ConflictAlert> all = alerts.readValuesToList();
        for (Route route : ROUTES) {
            List<String> expected = new ArrayList<>();
            all.stream().filter(route::matches).forEach(a -> expected.add(a.getAlertId() + "@" + a.getVersion()));
            List<String> routed = output(route.topic()).readValuesToList().stream()
                    .map(a -> a.getAlertId() + "@" + a.getVersion()).toList();
            assertThat(routed).as(route.name()).containsExactlyElementsOf(expected);
        }
        assertThat(all).anyMatch(a -> a.getLocation().getCountryCode().equals("BF"));
    }

    @Test
    void shouldRaiseOneSurgeAlertForABurstInOneRegion() {
        String[] villages = {"Djibo", "Arbinda", "Gorom-Gorom", "Dori", "Sebba"};
        for (int i = 0; i < villages.length; i++) {
            send(anArticle().withId("burst-" + i).from("Outlet " + i).titled("Attack in " + villages[i])
                    .withBody("Gunmen attacked civilians in " + villages[i] + ", in Burkina Faso's Sahel region, killing "
                            + (i + 2) + " people.").publishedAt(T0.plus(Duration.ofHours(i))).build());
        }

        List<SurgeAlert> raised = surges.readValuesToList();
        assertThat(raised).hasSize(1);
        SurgeAlert surge = raised.get(0);
        assertThat(surge.getCountryCode()).isEqualTo("BF");
        assertThat(surge.getAdmin1()).isEqualTo("Sahel");
        assertThat(surge.getCount()).isEqualTo(3);
        assertThat(surge.getBaseline()).isZero();
        assertThat(surge.getAlertIds()).hasSize(3);
    }

    @Test
    void shouldStopCountingAWithdrawnIncidentTowardsASurge() {
        send(attackOnCivilians("djibo-later", "Djibo", "Outlet A", T0.plus(Duration.ofHours(10))));
        send(attackOnCivilians("arbinda", "Arbinda", "Outlet B", T0.plus(Duration.ofHours(12))));
        // an older report of the Djibo attack: the incident takes its id, the first id is withdrawn
        send(attackOnCivilians("djibo-first", "Djibo", "Outlet C", T0));

        List<KeyValue<String, ConflictAlert>> published = alerts.readKeyValuesToList();
        assertThat(published).filteredOn(r -> r.value == null).hasSize(1);
        assertThat(TopologyRun.incidents(published)).hasSize(2);
        assertThat(surges.readValuesToList()).as("two incidents are no surge").isEmpty();
    }

    private static RawArticle attackOnCivilians(String id, String town, String outlet, Instant at) {
        return anArticle().withId(id).from(outlet).titled("Attack in " + town)
                .withBody("Gunmen attacked civilians in " + town + ", in Burkina Faso's Sahel region, killing 4 people.")
                .publishedAt(at).build();
    }

    @Test
    void shouldKeepEveryVersionOfAnAlertForTheQueryApi() {
        send(reports.get("kidal-france24"));
        send(reports.get("kidal-bbc"));

        String alertId = kidalVersions(alerts.readValuesToList()).get(0).getAlertId();
        KeyValueStore<String, AlertHistory> history = driver.getKeyValueStore(PipelineNames.HISTORY_STORE);
        assertThat(history.get(alertId).getVersions()).extracting(ConflictAlert::getVersion).containsExactly(1, 2);
    }
}
