package org.sahelwatch.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.AlertSource;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.Evidence;
import org.sahelwatch.avro.RegionTag;

/** One readable block per alert for a terminal. */
final class AlertFormatter {

    private AlertFormatter() {
    }

    static String format(ConflictAlert a) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(a.getSeverity()).append(" | ").append(a.getHeadline()).append('\n');
        sb.append("   alert    ").append(a.getAlertId()).append(" v").append(a.getVersion()).append(' ')
                .append(a.getStatus()).append('\n');
        sb.append("   event    ").append(a.getEventType()).append(" / ").append(a.getSubEventType()).append('\n');
        sb.append("   place    ").append(place(a.getLocation())).append('\n');
        sb.append("   actors   ").append(a.getActors().isEmpty() ? "-" : a.getActors().stream()
                .map(AlertFormatter::actor).collect(Collectors.joining("; "))).append('\n');
        sb.append("   deaths   ").append(a.getFatalities() == null ? "not reported" : a.getFatalities()).append('\n');
        for (AlertSource s : a.getSources()) {
            sb.append("   source   ").append(s.getSource()).append(": ").append(s.getTitle()).append(" (")
                    .append(s.getPublishedAt()).append(')');
            if (s.getUrl() != null) {
                sb.append(' ').append(s.getUrl());
            }
            sb.append('\n');
        }
        for (Evidence e : a.getEvidence()) {
            sb.append("   why      \"").append(e.getSentence().getText()).append("\"\n");
        }
        return sb.toString();
    }

    private static String place(RegionTag r) {
        StringBuilder sb = new StringBuilder(r.getName());
        if (r.getAdmin2() != null && !r.getAdmin2().equals(r.getName())) {
            sb.append(", ").append(r.getAdmin2());
        }
        if (r.getAdmin1() != null && !r.getAdmin1().equals(r.getName())) {
            sb.append(", ").append(r.getAdmin1());
        }
        if (r.getKind() != org.sahelwatch.avro.RegionKind.COUNTRY) {
            sb.append(", ").append(r.getCountry());
        }
        if (r.getLatitude() != null && r.getLongitude() != null) {
            sb.append(String.format(Locale.ROOT, " (%.4f, %.4f)", r.getLatitude(), r.getLongitude()));
        }
        return sb.toString();
    }

    private static String actor(ActorTag t) {
        return t.getName() + " [" + t.getCategory() + "]";
    }
}
