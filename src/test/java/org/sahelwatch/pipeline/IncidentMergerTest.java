package org.sahelwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.pipeline.Reports.aReport;

import java.util.List;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.IncidentReport;
import org.junit.jupiter.api.Test;

class IncidentMergerTest {

    private final IncidentMerger merger = new IncidentMerger(0.5);

    @Test
    void shouldKeyATownChangingHandsAsOneIncidentWhicheverWayAnOutletTellsIt() {
        IncidentReport retaken = aReport("r1").told("Government regains territory").build();
        IncidentReport handedOver = aReport("r2").told("Non-violent transfer of territory").build();
        IncidentReport clash = aReport("r3").told("Armed clash").build();

        assertThat(handedOver.getIncidentKey()).isEqualTo(retaken.getIncidentKey());
        assertThat(clash.getIncidentKey()).isNotEqualTo(retaken.getIncidentKey());
    }

    @Test
    void shouldTypeTheIncidentAsMostIndependentOutletsTellIt() {
        IncidentReport first = aReport("france24").from("France 24").told("Non-violent transfer of territory").build();
        IncidentReport second = aReport("bbc").from("BBC").told("Government regains territory").hoursAfterStart(1).build();
        IncidentReport third = aReport("reuters").from("Reuters").told("Government regains territory").hoursAfterStart(2).build();

        ConflictAlert afterTwo = merger.merge(first.getIncidentKey(), List.of(first, second)).alert();
        ConflictAlert afterThree = merger.merge(first.getIncidentKey(), List.of(first, second, third)).alert();

        assertThat(afterTwo.getSubEventType()).as("a tie keeps the first account's").isEqualTo("Non-violent transfer of territory");
        assertThat(afterThree.getSubEventType()).isEqualTo("Government regains territory");
        assertThat(afterThree.getEventType()).isEqualTo(EventType.BATTLES);
        assertThat(afterThree.getHeadline()).startsWith("Government regains territory");
        assertThat(afterThree.getIndependentSources()).isEqualTo(3);
    }

    @Test
    void shouldNotLetACopyOrARepeatOutvoteAnIndependentAccount() {
        IncidentReport first = aReport("a").from("RFI").told("Government regains territory").worded(0).build();
        IncidentReport repeat = aReport("b").from("RFI").told("Non-violent transfer of territory").hoursAfterStart(1).build();
        IncidentReport copy = aReport("c").from("AFP").told("Non-violent transfer of territory").worded(0).hoursAfterStart(2).build();
        IncidentReport copyOfCopy = aReport("d").from("APA").told("Non-violent transfer of territory").worded(0).hoursAfterStart(3).build();

        ConflictAlert alert = merger.merge(first.getIncidentKey(), List.of(first, repeat, copy, copyOfCopy)).alert();

        assertThat(alert.getSubEventType()).isEqualTo("Government regains territory");
    }
}
