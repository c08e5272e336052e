package org.sahelwatch.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.AlertSource;
import org.sahelwatch.avro.AlertStatus;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.Evidence;
import org.sahelwatch.avro.Incident;
import org.sahelwatch.avro.IncidentReport;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;
import org.sahelwatch.avro.SourceFingerprint;
import org.sahelwatch.text.MinHash;

/**
 * The incident rules, free of Kafka: which report opens an incident, which updates it, which is a
 * near-duplicate copy and which raises nothing.
 * <ul>
 *   <li>Reports share an incident when they have the same key (country, admin1, event type) and
 *       arrive within the quiet gap (default 48 h) of the incident's last report.</li>
 *   <li>Version 1 is NEW. A new independent outlet, a revised death toll or a more precise place
 *       gives UPDATED; a higher severity gives ESCALATED.</li>
 *   <li>A report whose text has an estimated shingle similarity of at least
 *       {@code minNearDuplicateSimilarity} (MinHash, default 0.5) with a report already counted is a
 *       syndicated or lightly edited copy: it is listed in {@code alsoCarriedBy} and never counted as
 *       independent.</li>
 *   <li>The same outlet reporting again, or the same article again, raises nothing.</li>
 * </ul>
 */
public final class IncidentMerger {

    /** What a report did to its incident: the new state and, when it changed, the version to publish. */
    public record Outcome(Incident incident, Optional<ConflictAlert> published) { }

    private final Duration quietGap;
    private final double minNearDuplicateSimilarity;

    public IncidentMerger(Duration quietGap, double minNearDuplicateSimilarity) {
        this.quietGap = quietGap;
        this.minNearDuplicateSimilarity = minNearDuplicateSimilarity;
    }

    /** The key of the incident a candidate alert belongs to: country|admin1|event type. */
    public static String incidentKey(ConflictAlert candidate) {
        RegionTag place = candidate.getLocation();
        String admin1 = place.getKind() == RegionKind.ADMIN1 ? place.getName()
                : place.getAdmin1() == null ? "" : place.getAdmin1();
        return place.getCountryCode() + "|" + admin1 + "|" + candidate.getEventType();
    }

    /** The report of one article about one event, ready for the incident stage. */
    public static IncidentReport report(ConflictAlert candidate, String articleText) {
        AlertSource source = candidate.getSources().get(0);
        return new IncidentReport(incidentKey(candidate), candidate,
                new SourceFingerprint(source.getArticleId(), source.getSource(),
                java.util.Arrays.stream(MinHash.of(articleText)).boxed().toList()));
    }

    /** Applies a report to the open incident of its key (null when there is none). */
    public Outcome apply(Incident open, IncidentReport report) {
        Instant at = report.getCandidate().getFirstSeenAt();
        if (open == null || at.isAfter(open.getAlert().getLastSeenAt().plus(quietGap))) {
            return opened(report);
        }
        ConflictAlert current = open.getAlert();
        SourceFingerprint fp = report.getFingerprint();
        for (SourceFingerprint seen : open.getFingerprints()) {
            if (seen.getArticleId().equals(fp.getArticleId()) || sameOutlet(seen.getSource(), fp.getSource())) {
                return new Outcome(open, Optional.empty()); // the same article, or the same outlet again
            }
        }
        boolean copy = open.getFingerprints().stream()
                .anyMatch(seen -> MinHash.similarity(seen.getMinhash(), fp.getMinhash()) >= minNearDuplicateSimilarity);
        ConflictAlert next = copy ? withCopy(current, report) : corroborated(current, report.getCandidate());
        List<SourceFingerprint> fingerprints = new ArrayList<>(open.getFingerprints());
        fingerprints.add(fp);
        return new Outcome(new Incident(open.getIncidentKey(), next, fingerprints), Optional.of(next));
    }

    private Outcome opened(IncidentReport report) {
        ConflictAlert candidate = report.getCandidate();
        ConflictAlert first = ConflictAlert.newBuilder(candidate)
                .setAlertId(alertId(report.getIncidentKey(), candidate.getFirstSeenAt()))
                .setVersion(1)
                .setStatus(AlertStatus.NEW)
                .setIndependentSources(1)
                .setAlsoCarriedBy(new ArrayList<>())
                .build();
        return new Outcome(new Incident(report.getIncidentKey(), first, new ArrayList<>(List.of(report.getFingerprint()))),
                Optional.of(first));
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
                .setVersion(current.getVersion() + 1)
                .setStatus(AlertStatus.UPDATED)
                .setSources(sources)
                .setAlsoCarriedBy(carriers)
                .setLastSeenAt(later(current.getLastSeenAt(), report.getCandidate().getFirstSeenAt()))
                .build();
    }

    /** A new independent report: more sources, maybe a revised toll, a finer place, a higher severity. */
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
        boolean escalated = candidate.getSeverity().ordinal() > current.getSeverity().ordinal();
        List<AlertSource> sources = new ArrayList<>(current.getSources());
        sources.addAll(candidate.getSources());
        List<Evidence> evidence = new ArrayList<>(current.getEvidence());
        candidate.getEvidence().stream().limit(Math.max(0, 10 - evidence.size())).forEach(evidence::add);
        return ConflictAlert.newBuilder(current)
                .setVersion(current.getVersion() + 1)
                .setStatus(escalated ? AlertStatus.ESCALATED : AlertStatus.UPDATED)
                .setSeverity(escalated ? candidate.getSeverity() : current.getSeverity())
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

    /**
     * Whether a report may belong to an open incident: its place overlaps the incident's (the same
     * town, or a region and a town inside it), so attacks on two towns of one region stay apart.
     */
    public static boolean mayJoin(Incident open, IncidentReport report) {
        return org.sahelwatch.tagging.Regions.overlap(open.getAlert().getLocation(), report.getCandidate().getLocation());
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

    /** A stable id: the same incident key and first report time always give the same alert id. */
    static String alertId(String incidentKey, Instant firstSeen) {
        String basis = incidentKey + "|" + firstSeen.toEpochMilli();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "sw-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
