package org.sahelwatch.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.AlertSource;
import org.sahelwatch.avro.AlertStatus;
import org.sahelwatch.avro.ConflictAlert;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.Evidence;
import org.sahelwatch.avro.Mention;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.avro.RegionTag;
import org.sahelwatch.avro.Severity;
import org.sahelwatch.events.SeverityRules;
import org.sahelwatch.tagging.Gazetteer;
import org.sahelwatch.tagging.Place;

/**
 * The alert decision: an enriched article raises one alert per distinct conflict event that has a
 * place in the Sahel in its own sentence; the article's first event (its lede) may take the
 * article's focus instead. A non-Sahel article or one with no conflict event raises none.
 */
public final class AlertBuilder {

    private final Gazetteer gazetteer;

    public AlertBuilder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<ConflictAlert> alertsFor(EnrichedArticle enriched) {
        List<ConflictAlert> alerts = new ArrayList<>();
        if (!enriched.getSahel()) {
            return alerts;
        }
        Map<String, RegionTag> regions = enriched.getRegions().stream()
                .collect(Collectors.toMap(RegionTag::getPlaceId, Function.identity(), (a, b) -> a));
        List<String> seenIds = new ArrayList<>();
        List<EventTag> events = enriched.getEvents();
        for (int i = 0; i < events.size(); i++) {
            EventTag event = events.get(i);
            Optional<RegionTag> location = locationOf(event, regions, i == 0 ? enriched.getFocus() : null);
            if (location.isEmpty()) {
                continue;
            }
            ConflictAlert alert = alert(enriched, event, location.get(), event.getFatalities());
            if (!seenIds.contains(alert.getAlertId())) {
                seenIds.add(alert.getAlertId());
                alerts.add(alert);
            }
        }
        return alerts;
    }

    private static Optional<RegionTag> locationOf(EventTag event, Map<String, RegionTag> regions, RegionTag focus) {
        for (String placeId : event.getPlaceIds()) {
            RegionTag tag = regions.get(placeId);
            if (tag != null && Gazetteer.isSahel(tag.getCountryCode())) {
                return Optional.of(tag);
            }
        }
        if (event.getPlaceIds().isEmpty() && focus != null && Gazetteer.isSahel(focus.getCountryCode())) {
            return Optional.of(focus);
        }
        return Optional.empty();
    }

    private ConflictAlert alert(EnrichedArticle enriched, EventTag event, RegionTag location, Integer deaths) {
        RawArticle article = enriched.getArticle();
        boolean capital = gazetteer.byId(location.getPlaceId()).map(Place::isRegionalCapital).orElse(false);
        Severity severity = SeverityRules.rate(event.getEventType(), event.getSubEventType(), deaths, capital);
        List<String> parties = partiesFirst(event, enriched.getActors());
        List<ActorTag> actors = eventActors(enriched.getActors(), parties, event.getAssociatedActorIds());
        return ConflictAlert.newBuilder()
                .setAlertId(alertId(article.getId(), event, location))
                .setVersion(1)
                .setStatus(AlertStatus.NEW)
                .setSeverity(severity)
                .setHeadline(headline(event, parties, location, actors))
                .setEventType(event.getEventType())
                .setSubEventType(event.getSubEventType())
                .setLocation(RegionTag.newBuilder(location).build())
                .setRegions(new ArrayList<>(enriched.getRegions()))
                .setActors(actors)
                .setFatalities(deaths)
                .setFirstSeenAt(article.getPublishedAt())
                .setLastSeenAt(article.getPublishedAt())
                .setSources(new ArrayList<>(List.of(new AlertSource(article.getId(), article.getSource(),
                        article.getUrl(), article.getTitle(), article.getPublishedAt(), true))))
                .setEvidence(new ArrayList<>(List.of(evidence(article.getId(), event, enriched))))
                .build();
    }

    /**
     * The event's own parties, in the order of {@link #partiesFirst}, then its associated actors: not every
     * actor the article names (the Kidal alert does not list the Algerian mediators of another paragraph).
     */
    private static List<ActorTag> eventActors(List<ActorTag> all, List<String> parties, List<String> associated) {
        List<ActorTag> ordered = new ArrayList<>();
        List<String> ids = new ArrayList<>(parties);
        associated.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        for (String id : ids) {
            all.stream().filter(a -> a.getActorId().equals(id)).findFirst().ifPresent(ordered::add);
        }
        return ordered;
    }

    private static final java.util.Set<org.sahelwatch.avro.ActorCategory> ARMED = java.util.EnumSet.of(
            org.sahelwatch.avro.ActorCategory.STATE_FORCES, org.sahelwatch.avro.ActorCategory.REBEL_GROUP,
            org.sahelwatch.avro.ActorCategory.POLITICAL_MILITIA, org.sahelwatch.avro.ActorCategory.IDENTITY_MILITIA,
            org.sahelwatch.avro.ActorCategory.EXTERNAL_FORCES);

    /**
     * The event's actor ids in order of appearance, except that in political violence (battles,
     * explosions, violence against civilians) the armed parties come before civilians and ethnic
     * groups: the army retaking Kidal from the CMA is "FAMa / CMA", even when the sentence names the
     * "Tuareg-led" alliance before its name.
     */
    static List<String> partiesFirst(EventTag event, List<ActorTag> all) {
        List<String> ids = event.getActorIds();
        if (event.getEventType() == org.sahelwatch.avro.EventType.PROTESTS
                || event.getEventType() == org.sahelwatch.avro.EventType.RIOTS
                || event.getEventType() == org.sahelwatch.avro.EventType.STRATEGIC_DEVELOPMENTS) {
            return ids;
        }
        java.util.function.Predicate<String> armed = id -> all.stream()
                .anyMatch(a -> a.getActorId().equals(id) && ARMED.contains(a.getCategory()));
        List<String> ordered = new ArrayList<>(ids.stream().filter(armed).toList());
        ids.stream().filter(armed.negate()).forEach(ordered::add);
        return ordered;
    }

    private static String headline(EventTag event, List<String> actorIds, RegionTag location, List<ActorTag> actors) {
        StringBuilder sb = new StringBuilder(label(event)).append(" in ").append(location.getName());
        if (location.getAdmin1() != null && !location.getAdmin1().equals(location.getName())) {
            sb.append(", ").append(location.getAdmin1());
        }
        if (!location.getCountry().equals(location.getName())) {
            sb.append(", ").append(location.getCountry());
        }
        List<String> names = actorIds.stream()
                .filter(id -> !event.getAssociatedActorIds().contains(id))
                .map(id -> actors.stream().filter(a -> a.getActorId().equals(id)).findFirst())
                .flatMap(Optional::stream)
                .filter(a -> a.getCategory() != org.sahelwatch.avro.ActorCategory.OTHER)
                .map(ActorTag::getName).distinct().limit(3).toList();
        if (!names.isEmpty()) {
            sb.append(": ").append(String.join(" / ", names));
        }
        return sb.toString();
    }

    /**
     * ACLED's sub-event name, or for its catch-all "Other" the trigger rule that names what it is
     * ("model:events-…/blockade" reads "Blockade").
     */
    static String label(EventTag event) {
        String ruleId = event.getRuleId();
        String rule = !ruleId.startsWith("model:") ? ruleId
                : ruleId.contains("/") ? ruleId.substring(ruleId.indexOf('/') + 1) : "";
        if (!event.getSubEventType().equals("Other") || rule.isEmpty()) {
            return event.getSubEventType();
        }
        rule = rule.replace('-', ' ');
        return Character.toUpperCase(rule.charAt(0)) + rule.substring(1);
    }

    /** The event's sentence with the trigger and every actor or place span inside it. */
    private static Evidence evidence(String articleId, EventTag event, EnrichedArticle enriched) {
        Mention sentence = event.getSentence();
        List<Mention> matches = new ArrayList<>(event.getEvidence());
        enriched.getActors().forEach(a -> a.getMentions().stream().filter(m -> inside(m, sentence)).forEach(matches::add));
        enriched.getRegions().forEach(r -> r.getMentions().stream().filter(m -> inside(m, sentence)).forEach(matches::add));
        matches.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        return new Evidence(articleId, sentence, matches);
    }

    private static boolean inside(Mention m, Mention sentence) {
        return m.getField() == sentence.getField() && m.getStart() >= sentence.getStart() && m.getEnd() <= sentence.getEnd();
    }

    /** A stable id: the same article, event and place always give the same alert id. */
    static String alertId(String articleId, EventTag event, RegionTag location) {
        String basis = articleId + "|" + event.getEventType() + "|" + event.getSubEventType() + "|" + location.getPlaceId();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "sw-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
