package org.sahelwatch.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sahelwatch.avro.IncidentReport;
import org.sahelwatch.avro.RegionTag;
import org.sahelwatch.tagging.Place;
import org.sahelwatch.tagging.Regions;

/**
 * Which reports of one incident key (country, admin1, event type) form one incident: a function of
 * the set of reports and their own times, never of the order they arrived in.
 * <ol>
 *   <li>Reports at the same place form sessions: each report comes within the quiet gap of the
 *       previous one, and a session spans at most {@code maxSpan} from its first report (a longer
 *       chain is cut there). A report that falls between two sessions within the gap of both merges
 *       them into one.</li>
 *   <li>Places are taken from the most specific (towns) to the least (cercles, regions, country).
 *       A report at a coarser place joins the incident that has a report at a place inside its own
 *       within the gap, the nearest in time (ties: the smaller place id, then the earlier incident);
 *       so a vague "in the Gao region" joins one town's incident and never bridges two towns'.</li>
 *   <li>A coarser report that joins none forms sessions with the reports of its own place.</li>
 * </ol>
 */
final class IncidentGrouping {

    /** Event order: a report's own time, then its id (the candidate alert's id, unique per article, event and place). */
    static final Comparator<IncidentReport> EVENT_ORDER =
            Comparator.comparingLong(IncidentGrouping::millis).thenComparing(IncidentGrouping::reportId);

    private static final int MOST_SPECIFIC = Place.specificity(org.sahelwatch.avro.RegionKind.PLACE);

    private final long quietGapMillis;
    private final long maxSpanMillis;

    IncidentGrouping(IncidentRules rules) {
        this.quietGapMillis = rules.quietGap().toMillis();
        this.maxSpanMillis = rules.maxSpan().toMillis();
    }

    static String reportId(IncidentReport report) {
        return report.getCandidate().getAlertId();
    }

    static long millis(IncidentReport report) {
        return report.getCandidate().getFirstSeenAt().toEpochMilli();
    }

    private static RegionTag place(IncidentReport report) {
        return report.getCandidate().getLocation();
    }

    /** The incidents these reports form, each in event order; incidents ordered by their first report. */
    List<List<IncidentReport>> group(Collection<IncidentReport> reports) {
        List<IncidentReport> sorted = new ArrayList<>(reports);
        sorted.sort(EVENT_ORDER);
        List<Group> groups = new ArrayList<>();
        for (int level = MOST_SPECIFIC; level >= 0; level--) {
            Map<String, List<IncidentReport>> alone = new TreeMap<>();
            List<Map.Entry<IncidentReport, Group>> joining = new ArrayList<>();
            for (IncidentReport report : sorted) {
                if (Place.specificity(place(report).getKind()) != level) {
                    continue;
                }
                Group nearest = nearestGroupInside(groups, report);
                if (nearest != null) {
                    joining.add(Map.entry(report, nearest));
                } else {
                    alone.computeIfAbsent(place(report).getPlaceId(), p -> new ArrayList<>()).add(report);
                }
            }
            joining.forEach(join -> join.getValue().members.add(join.getKey()));
            alone.values().forEach(atOnePlace -> groups.addAll(sessions(atOnePlace)));
        }
        List<List<IncidentReport>> incidents = new ArrayList<>();
        for (Group group : groups) {
            List<IncidentReport> members = new ArrayList<>(group.members);
            members.sort(EVENT_ORDER);
            incidents.add(members);
        }
        incidents.sort(Comparator.comparing(members -> members.get(0), EVENT_ORDER));
        return incidents;
    }

    /** Reports of one place, in event order, cut where the gap or the span is exceeded. */
    private List<Group> sessions(List<IncidentReport> atOnePlace) {
        List<Group> sessions = new ArrayList<>();
        Group current = null;
        long previous = 0;
        for (IncidentReport report : atOnePlace) {
            long at = millis(report);
            if (current == null || at - previous > quietGapMillis || at - millis(current.first) > maxSpanMillis) {
                current = new Group(report);
                sessions.add(current);
            } else {
                current.members.add(report);
            }
            previous = at;
        }
        return sessions;
    }

    /** The incident with a report inside this report's place, within the gap, nearest in time; or null. */
    private Group nearestGroupInside(List<Group> groups, IncidentReport report) {
        Group best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Group group : groups) {
            long distance = distanceInside(group, report);
            if (distance > quietGapMillis) {
                continue;
            }
            if (best == null || distance < bestDistance || distance == bestDistance && group.comesBefore(best)) {
                best = group;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The time to the nearest report of the group at a place strictly inside the report's place. */
    private static long distanceInside(Group group, IncidentReport report) {
        long nearest = Long.MAX_VALUE;
        for (IncidentReport member : group.members) {
            if (Regions.contains(place(report), place(member))) {
                nearest = Math.min(nearest, Math.abs(millis(member) - millis(report)));
            }
        }
        return nearest;
    }

    /** An incident being formed: its first report at its own place (the anchor), then every member. */
    private static final class Group {
        final IncidentReport first;
        final List<IncidentReport> members = new ArrayList<>();

        Group(IncidentReport first) {
            this.first = first;
            members.add(first);
        }

        boolean comesBefore(Group other) {
            int byPlace = place(first).getPlaceId().compareTo(place(other.first).getPlaceId());
            return byPlace != 0 ? byPlace < 0 : EVENT_ORDER.compare(first, other.first) < 0;
        }
    }
}
