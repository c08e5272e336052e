package org.sahelwatch.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.sahelwatch.avro.IncidentTime;
import org.sahelwatch.avro.RegionActivity;
import org.sahelwatch.avro.SurgeAlert;

/**
 * When a region surges: its new incidents in the last window (default 24 h) number at least
 * {@code minCount} and exceed {@code factor} times its baseline, the mean count per window over
 * the baseline period before (default 7 days; a floor of 0.5 stands in for a quiet region). After
 * a surge the region is quiet for one window, so a burst raises one surge alert, not one per
 * incident.
 */
public final class SurgeRule {

    /** The region's updated activity and the surge it raised, if any. */
    public record Outcome(RegionActivity activity, Optional<SurgeAlert> surge) { }

    private static final double QUIET_BASELINE = 0.5;

    private final Duration window;
    private final Duration baselinePeriod;
    private final double factor;
    private final int minCount;

    public SurgeRule(Duration window, Duration baselinePeriod, double factor, int minCount) {
        this.window = window;
        this.baselinePeriod = baselinePeriod;
        this.factor = factor;
        this.minCount = minCount;
    }

    /** How long a region's incidents matter: the window plus the baseline period. */
    public Duration horizon() {
        return window.plus(baselinePeriod);
    }

    public Outcome apply(RegionActivity activity, String regionKey, String alertId, Instant at,
                         String countryName) {
        List<IncidentTime> incidents = new ArrayList<>();
        Instant oldest = at.minus(horizon());
        if (activity != null) {
            activity.getIncidents().stream().filter(i -> !i.getAt().isBefore(oldest)).forEach(incidents::add);
        }
        if (incidents.stream().noneMatch(i -> i.getAlertId().equals(alertId))) {
            incidents.add(new IncidentTime(alertId, at));
        }
        Instant windowStart = at.minus(window);
        List<String> inWindow = incidents.stream().filter(i -> i.getAt().isAfter(windowStart))
                .map(IncidentTime::getAlertId).toList();
        long before = incidents.stream().filter(i -> !i.getAt().isAfter(windowStart)).count();
        double baseline = before / ((double) baselinePeriod.toMillis() / window.toMillis());
        Instant lastSurge = activity == null ? null : activity.getLastSurgeAt();
        boolean cooling = lastSurge != null && lastSurge.isAfter(windowStart);
        boolean surging = !cooling && inWindow.size() >= minCount
                && inWindow.size() > factor * Math.max(baseline, QUIET_BASELINE);
        RegionActivity next = new RegionActivity(regionKey, incidents, surging ? at : lastSurge);
        if (!surging) {
            return new Outcome(next, Optional.empty());
        }
        String[] parts = regionKey.split("\\|", -1);
        SurgeAlert surge = SurgeAlert.newBuilder()
                .setSurgeId(surgeId(regionKey, at))
                .setCountryCode(parts[0])
                .setCountry(countryName)
                .setAdmin1(parts.length > 1 ? parts[1] : "")
                .setCount(inWindow.size())
                .setBaseline(baseline)
                .setWindowHours((int) window.toHours())
                .setFactor(factor)
                .setAlertIds(new ArrayList<>(inWindow))
                .setDetectedAt(at)
                .build();
        return new Outcome(next, Optional.of(surge));
    }

    /** The activity without an incident whose alert id was withdrawn (its reports joined another incident). */
    public static RegionActivity withdraw(RegionActivity activity, String alertId) {
        List<IncidentTime> kept = activity.getIncidents().stream().filter(i -> !i.getAlertId().equals(alertId)).toList();
        return RegionActivity.newBuilder(activity).setIncidents(new ArrayList<>(kept)).build();
    }

    private static String surgeId(String regionKey, Instant at) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((regionKey + "|" + at.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
            return "surge-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
