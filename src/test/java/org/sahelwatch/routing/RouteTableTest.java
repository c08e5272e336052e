package org.sahelwatch.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.Severity;
import org.sahelwatch.tagging.DictionarySource;
import org.sahelwatch.tagging.TsvTable;

class RouteTableTest {

    private static final Set<String> OWN = Set.of("sahelwatch.alerts", "sahelwatch.articles.raw");

    private static List<Route> parse(String tsv) {
        return RouteTable.parse(TsvTable.read("routes.tsv", new BufferedReader(new StringReader(tsv))), "routes.tsv",
                TestTagger.get().dictionary().gazetteer(), TestTagger.get().dictionary().actors(), OWN);
    }

    @Test
    void shouldReadTheBundledRoutes() {
        List<Route> routes = RouteTable.load(DictionarySource.bundled(), "routes.tsv",
                TestTagger.get().dictionary().gazetteer(), TestTagger.get().dictionary().actors(), OWN);

        assertThat(routes).extracting(Route::name).contains("mali", "critical", "jnim");
    }

    @Test
    void shouldReadEveryKindOfCondition() {
        List<Route> routes = parse("name\ttopic\tcountries\tminSeverity\teventTypes\tactors\n"
                + "sahel-battles\tdesk.battles\tML|bf\thigh\tBATTLES|RIOTS\tjnim|cma\n");

        Route r = routes.get(0);
        assertThat(r.countries()).containsExactlyInAnyOrder("ML", "BF");
        assertThat(r.minSeverity()).isEqualTo(Severity.HIGH);
        assertThat(r.eventTypes()).containsExactlyInAnyOrder(EventType.BATTLES, EventType.RIOTS);
        assertThat(r.actorIds()).containsExactlyInAnyOrder("jnim", "cma");
    }

    @Test
    void shouldReportEveryMistakeWithItsLineAndWhatToDo() {
        assertThatThrownBy(() -> parse("name\ttopic\tcountries\tminSeverity\teventTypes\tactors\n"
                + "mali\tsahelwatch.alerts\tMLI\tURGENT\tFIGHTS\tnobody\n"
                + "mali\tbad topic!\t\t\t\t\n"))
                .isInstanceOf(RouteTable.InvalidRoutesException.class)
                .hasMessageStartingWith("routes.tsv has 7 problems in its routes:")
                .hasMessageContaining("line 2 (route 'mali'): topic 'sahelwatch.alerts' is one of the application's own topics")
                .hasMessageContaining("line 2 (route 'mali'): unknown country code 'MLI'; use ISO 3166-1 alpha-2 codes")
                .hasMessageContaining("line 2 (route 'mali'): minSeverity 'URGENT' is not one of LOW, MEDIUM, HIGH, CRITICAL")
                .hasMessageContaining("line 2 (route 'mali'): event type 'FIGHTS' is not one of")
                .hasMessageContaining("line 2 (route 'mali'): unknown actor id 'nobody'; use an id from config/actors.tsv")
                .hasMessageContaining("line 3 (route 'mali'): name 'mali' is used twice")
                .hasMessageContaining("line 3 (route 'mali'): topic 'bad topic!' is not a valid Kafka topic name");
    }
}
