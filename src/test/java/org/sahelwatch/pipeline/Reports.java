package org.sahelwatch.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sahelwatch.avro.AlertSource;
import org.sahelwatch.avro.AlertStatus;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.IncidentReport;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;
import org.sahelwatch.avro.Severity;

/**
 * Test-data builder of incident reports without the tagger:
 * {@code aReport("r1").from("RFI").at(BOUREM).hoursAfterStart(5).build()}.
 */
final class Reports {

    static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    static final RegionTag GAO_REGION = place("gn:2457161", "Gao", RegionKind.ADMIN1, "Gao");
    static final RegionTag BOUREM = place("gn:2459657", "Bourem", RegionKind.PLACE, "Gao");
    static final RegionTag ANSONGO = place("gn:2461003", "Ansongo", RegionKind.PLACE, "Gao");

    /** Fixed wordings: two reports given the same one are near-duplicates (a copy). */
    private static final String[] WORDINGS = {
        "JNIM fighters attacked the army base in the town, killing soldiers, local officials said on the radio.",
        "Soldiers were killed when jihadists attacked a military camp, security sources told the agency.",
        "Militants stormed an army post before dawn and killed several soldiers, the army said in a statement.",
        "Residents heard heavy gunfire for hours as armed men overran the garrison, a local elected official reported.",
        "The defence ministry confirmed an assault on its positions and promised reinforcements within days.",
        "A convoy of motorbikes reached the outskirts at night and the troops withdrew after a long exchange of fire.",
    };

    private final String id;
    private String outlet = "RFI";
    private RegionTag place = BOUREM;
    private EventType type = EventType.BATTLES;
    private String subType = "Armed clash";
    private Instant at = START;
    private String text;
    private Integer deaths;
    private Severity severity = Severity.MEDIUM;

    private Reports(String id) {
        this.id = id;
        this.text = ownWords(id);
    }

    /** Twenty-five words drawn by the id: two reports share almost no 3-shingle. */
    private static String ownWords(String id) {
        java.util.Random random = new java.util.Random(id.hashCode());
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            words.append('w').append(random.nextInt(5_000)).append(' ');
        }
        return words.toString().strip();
    }

    static Reports aReport(String id) {
        return new Reports(id);
    }

    Reports from(String newOutlet) {
        this.outlet = newOutlet;
        return this;
    }

    Reports at(RegionTag newPlace) {
        this.place = newPlace;
        return this;
    }

    Reports of(EventType newType) {
        this.type = newType;
        return this;
    }

    /** Of this sub-event type, and the event type it belongs to. */
    Reports told(String subEventType) {
        this.subType = subEventType;
        this.type = org.sahelwatch.learn.EventLabels.eventTypeOf(subEventType).orElseThrow();
        return this;
    }

    Reports hoursAfterStart(long hours) {
        this.at = START.plus(Duration.ofHours(hours));
        return this;
    }

    /** Wording number {@code n} (0–5): two reports with the same wording are near-duplicates. */
    Reports worded(int n) {
        this.text = WORDINGS[n];
        return this;
    }

    Reports killing(int count) {
        this.deaths = count;
        return this;
    }

    Reports rated(Severity newSeverity) {
        this.severity = newSeverity;
        return this;
    }

    IncidentReport build() {
        AlertSource source = new AlertSource(id, outlet, "https://news.example/" + id, "Report " + id, at, true);
        ConflictAlert candidate = ConflictAlert.newBuilder()
                .setAlertId("cand-" + id)
                .setVersion(1)
                .setStatus(AlertStatus.NEW)
                .setSeverity(severity)
                .setHeadline(subType + " in " + place.getName())
                .setEventType(type)
                .setSubEventType(subType)
                .setLocation(place)
                .setRegions(new ArrayList<>(List.of(place)))
                .setActors(new ArrayList<>())
                .setFatalities(deaths)
                .setFirstSeenAt(at)
                .setLastSeenAt(at)
                .setSources(new ArrayList<>(List.of(source)))
                .setEvidence(new ArrayList<>())
                .build();
        return IncidentMerger.report(candidate, text);
    }

    private static RegionTag place(String id, String name, RegionKind kind, String admin1) {
        return RegionTag.newBuilder().setPlaceId(id).setName(name).setKind(kind).setCountryCode("ML").setCountry("Mali")
                .setAdmin1(admin1).setConfidence(1.0).setMentions(new ArrayList<>()).build();
    }
}
