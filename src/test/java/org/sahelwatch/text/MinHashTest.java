package org.sahelwatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The near-duplicate threshold (0.5) on real-looking pairs. */
class MinHashTest {

    private static final String WIRE = "BAMAKO, Nov 15 (Reuters) - Mali's military government on Wednesday celebrated the "
            + "army's seizure of Kidal, while the Tuareg separatists who had controlled the northern town said their "
            + "withdrawal was tactical. The army took control of Kidal on Tuesday after the rebels of the Coordination of "
            + "Azawad Movements (CMA) pulled out, officials said. At least four soldiers were killed in clashes on the "
            + "road to the town in the days before, an army source said. The junta, which seized power in 2020, has made "
            + "the recapture of Kidal a priority since United Nations peacekeepers left the area.";
    private static final String SYNDICATED = "Mali's junta hails capture of Kidal. BAMAKO, Nov 15 (Reuters) - Mali's "
            + "military government on Wednesday celebrated the army's seizure of Kidal, while the Tuareg separatists who had "
            + "controlled the northern town said their withdrawal was tactical. The army took control of Kidal on Tuesday "
            + "after the rebels of the Coordination of Azawad Movements (CMA) pulled out, officials said. At least four "
            + "soldiers were killed in clashes on the road to the town in the days before, an army source said.";
    private static final String OWN_REPORT = "Malian soldiers have raised the national flag over Kidal, the desert town "
            + "that had slipped out of the state's control a decade ago. The Malian army recaptured Kidal after a week-long "
            + "advance from Anefis, a military spokesman said, adding that the separatist CMA alliance had abandoned its "
            + "positions. Residents described columns of armoured vehicles and drones overhead.";

    @Test
    void shouldFindASyndicatedCopyWithANewHeadlineAndATrimmedEndingSimilar() {
        assertThat(MinHash.similarity(MinHash.of(WIRE), MinHash.of(SYNDICATED))).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void shouldFindAnotherOutletsOwnReportOfTheSameEventDissimilar() {
        assertThat(MinHash.similarity(MinHash.of(WIRE), MinHash.of(OWN_REPORT))).isLessThan(0.2);
    }

    @Test
    void shouldIgnoreCaseAndAccents() {
        assertThat(MinHash.similarity(MinHash.of("L'armée malienne a repris Kidal mardi soir"),
                MinHash.of("L'ARMEE MALIENNE A REPRIS KIDAL MARDI SOIR"))).isEqualTo(1.0);
    }
}
