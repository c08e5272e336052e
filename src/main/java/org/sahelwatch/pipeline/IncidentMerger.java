package org.sahelwatch.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.AlertSource;
import org.sahelwatch.avro.AlertStatus;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.Evidence;
import org.sahelwatch.avro.IncidentReport;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;
import org.sahelwatch.avro.SourceFingerprint;
import org.sahelwatch.learn.EventLabels;
import org.sahelwatch.text.MinHash;

/**
 * What an incident's alert says, as a function of its reports taken in event order (their own
 * times, then their ids), so that the same reports always give the same alert, whatever order they
 * arrived in. Free of Kafka; which reports form an incident is {@link IncidentGrouping}'s rule.
 * <ul>
 *   <li>The first report opens the alert; its id derives from the incident key, that report's time
 *       and its id.</li>
 *   <li>A report from an outlet (or an article) already heard earlier in the incident is a repeat:
 *       it belongs to the incident but changes nothing in the alert.</li>
 *   <li>A report whose text has an estimated shingle similarity of at least
 *       {@code minNearDuplicateSimilarity} (MinHash, default 0.5) with an earlier report is a
 *       syndicated or lightly edited copy: listed in {@code sources} as not independent and in
 *       {@code alsoCarriedBy}, never counted in {@code independentSources}.</li>
 *   <li>Any other report is an independent account: it adds its source, its regions, actors and
 *       evidence, may refine the place (a town inside the region so far), raise the death toll or
 *       raise the severity.</li>
 * </ul>
 * Version and status are left at 1 / NEW: they belong to publishing ({@link IncidentAggregator}).
 */
public final class IncidentMerger {

    /** An incident's alert as its reports tell it, its reports' ids in event order and its last report's time. */
    public record Merged(ConflictAlert alert, List<String> reportIds, Instant lastReportAt) { }

    private final double minNearDuplicateSimilarity;

    public IncidentMerger(double minNearDuplicateSimilarity) {
        this.minNearDuplicateSimilarity = minNearDuplicateSimilarity;
    }

    /**
     * The key of the incident a candidate alert belongs to: country|admin1|event type, where a place changing
     * hands is one kind, {@code TERRITORY}, whichever way an outlet tells it (the army "retook" Kidal, the
     * rebels "handed it over").
     */
    public static String incidentKey(ConflictAlert candidate) {
        RegionTag place = candidate.getLocation();
        String admin1 = place.getKind() == RegionKind.ADMIN1 ? place.getName()
                : place.getAdmin1() == null ? "" : place.getAdmin1();
        String kind = EventLabels.changesHands(candidate.getSubEventType()) ? "TERRITORY" : candidate.getEventType().name();
        return place.getCountryCode() + "|" + admin1 + "|" + kind;
    }

    /** The report of one article about one event, ready for the incident stage. */
    public static IncidentReport report(ConflictAlert candidate, String articleText) {
        AlertSource source = candidate.getSources().get(0);
        return new IncidentReport(incidentKey(candidate), candidate,
                new SourceFingerprint(source.getArticleId(), source.getSource(),
                java.util.Arrays.stream(MinHash.of(articleText)).boxed().toList()));
    }

    /** The alert of the incident made of these reports, given in event order ({@link IncidentGrouping#EVENT_ORDER}). */
    public Merged merge(String incidentKey, List<IncidentReport> reports) {
        List<SourceFingerprint> earlier = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<ConflictAlert> told = new ArrayList<>(); // the independent accounts
        ConflictAlert alert = null;
        long last = Long.MIN_VALUE;
        for (IncidentReport report : reports) {
            SourceFingerprint fp = report.getFingerprint();
            boolean repeat = earlier.stream().anyMatch(seen -> seen.getArticleId().equals(fp.getArticleId())
                    || sameOutlet(seen.getSource(), fp.getSource()));
            boolean copy = earlier.stream().anyMatch(seen ->
                    MinHash.similarity(seen.getMinhash(), fp.getMinhash()) >= minNearDuplicateSimilarity);
            earlier.add(fp);
            ids.add(IncidentGrouping.reportId(report));
            last = Math.max(last, IncidentGrouping.millis(report));
            if (alert == null) {
                alert = opened(incidentKey, report);
                told.add(report.getCandidate());
            } else if (!repeat) {
                alert = copy ? withCopy(alert, report) : corroborated(alert, report.getCandidate());
                if (!copy) {
                    told.add(report.getCandidate());
                }
            }
        }
        if (alert == null) {
            throw new IllegalArgumentException("an incident needs at least one report");
        }
        return new Merged(asMostTellIt(alert, told), ids, Instant.ofEpochMilli(last));
    }

    /**
     * The alert with the sub-event type most independent accounts give, when that is not the first's (ties
     * keep the first's): outlets that tell one town changing hands differently ("retook" Kidal, "entered"
     * it after the rebels left) are one incident, typed as most of them type it.
     */
    private static ConflictAlert asMostTellIt(ConflictAlert alert, List<ConflictAlert> told) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        told.forEach(c -> counts.merge(c.getSubEventType(), 1, Integer::sum));
        ConflictAlert most = told.get(0);
        for (ConflictAlert c : told) {
            if (counts.get(c.getSubEventType()) > counts.get(most.getSubEventType())) {
                most = c;
            }
        }
        if (most.getSubEventType().equals(alert.getSubEventType())) {
            return alert;
        }
        return ConflictAlert.newBuilder(alert).setEventType(most.getEventType()).setSubEventType(most.getSubEventType())
                .setHeadline(most.getHeadline()).build();
    }

    private static ConflictAlert opened(String incidentKey, IncidentReport first) {
        return ConflictAlert.newBuilder(first.getCandidate())
                .setAlertId(alertId(incidentKey, first))
                .setVersion(1)
                .setStatus(AlertStatus.NEW)
                .setIndependentSources(1)
                .setAlsoCarriedBy(new ArrayList<>())
                .build();
    }

    /** A syndicated copy: listed, not counted. */
    private static ConflictAlert withCopy(ConflictAlert current, IncidentReport report) {
        AlertSource source = AlertSource.newBuilder(report.getCandidate().getSources().get(0)).setIndependent(false).build();
        List<AlertSource> sources = new ArrayList<>(current.getSources());
        sources.add(source);
        List<String> carriers = new ArrayList<>(current.getAlsoCarriedBy());
        if (!carriers.contains(source.getSource())) {
            carriers.add(source.getSource());
        }
        return ConflictAlert.newBuilder(current)
                .setSources(sources)
                .setAlsoCarriedBy(carriers)
                .setLastSeenAt(later(current.getLastSeenAt(), report.getCandidate().getFirstSeenAt()))
                .build();
    }

    /** An independent report: more sources, maybe a revised toll, a finer place, a higher severity. */
    private static ConflictAlert corroborated(ConflictAlert current, ConflictAlert candidate) {
        RegionTag location = current.getLocation();
        String headline = current.getHeadline();
        if (isFiner(candidate.getLocation(), location)) {
            location = candidate.getLocation();
            headline = candidate.getHeadline();
        }
        Integer fatalities = current.getFatalities();
        if (candidate.getFatalities() != null && (fatalities == null || candidate.getFatalities() > fatalities)) {
            fatalities = candidate.getFatalities();
        }
        boolean higher = candidate.getSeverity().ordinal() > current.getSeverity().ordinal();
        List<AlertSource> sources = new ArrayList<>(current.getSources());
        sources.addAll(candidate.getSources());
        List<Evidence> evidence = new ArrayList<>(current.getEvidence());
        candidate.getEvidence().stream().limit(Math.max(0, 10 - evidence.size())).forEach(evidence::add);
        return ConflictAlert.newBuilder(current)
                .setSeverity(higher ? candidate.getSeverity() : current.getSeverity())
                .setHeadline(headline)
                .setLocation(location)
                .setRegions(union(current.getRegions(), candidate.getRegions()))
                .setActors(unionActors(current.getActors(), candidate.getActors()))
                .setFatalities(fatalities)
                .setLastSeenAt(later(current.getLastSeenAt(), candidate.getFirstSeenAt()))
                .setFirstSeenAt(earlier(current.getFirstSeenAt(), candidate.getFirstSeenAt()))
                .setSources(sources)
                .setEvidence(evidence)
                .setIndependentSources(current.getIndependentSources() + 1)
                .build();
    }

    /** A town inside the current region, or a region inside the current country. */
    static boolean isFiner(RegionTag candidate, RegionTag current) {
        return org.sahelwatch.tagging.Regions.contains(current, candidate);
    }

    private static List<RegionTag> union(List<RegionTag> a, List<RegionTag> b) {
        List<RegionTag> out = new ArrayList<>(a);
        for (RegionTag r : b) {
            if (out.stream().noneMatch(x -> x.getPlaceId().equals(r.getPlaceId()))) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<ActorTag> unionActors(List<ActorTag> a, List<ActorTag> b) {
        List<ActorTag> out = new ArrayList<>(a);
        for (ActorTag t : b) {
            if (out.stream().noneMatch(x -> x.getActorId().equals(t.getActorId()))) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean sameOutlet(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** A stable id: the same incident key and first report (time and id) always give the same alert id. */
    static String alertId(String incidentKey, IncidentReport first) {
        String basis = incidentKey + "|" + IncidentGrouping.millis(first) + "|" + IncidentGrouping.reportId(first);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "sw-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
