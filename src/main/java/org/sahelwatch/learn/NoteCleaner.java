package org.sahelwatch.learn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips the artefacts of ACLED's note style so that a model trained on notes reads news: the date
 * lead ("On 21 February 2020,", "On April 23,"), the "(Admin2, Admin1)" tails, bracketed remarks
 * ("[size=no report]", "[Madougou]") and the leading labels that name the sub-event type
 * ("Looting:", "Property destruction:", "Defusal:"). What remains is the sentence a reporter would
 * write.
 */
public final class NoteCleaner {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
            + "|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\\.?";
    private static final String DAY = "(?:1er|\\d{1,2}(?:st|nd|rd|th)?)(?:\\s*(?:-|and|or|to|et|ou|au)\\s*\\d{1,2}(?:st|nd|rd|th)?)?";

    /** "On 21 February 2020,", "On April 23,", "August 25,", "Between 3 and 5 May 2021,", "Overnight on 4-5 June,". */
    private static final Pattern DATE_LEAD = Pattern.compile("^(?:(?:On|In|Around|Between|During|From|By|Since|As of"
            + "|Overnight|Late|Early|Starting|Beginning|On or around|On the night of|In the night of|Sometime"
            + "|Le|Les|Au|Aux|Dans|Entre|Vers|Du|Depuis|Durant|Pendant|Fin|D[ée]but|Mi)"
            + "(?:\\s+(?:on|of|the|night|around|in|between|from|la|le|les|nuit|du|des|de|soir[ée]e?|matin[ée]e?))*\\s+)?"
            + "(?:(?:the\\s+)?(?:week|weekend|night|morning|evening|afternoon)\\s+of\\s+)?"
            + "(?:" + DAY + "\\s+" + MONTH + "|" + MONTH + "\\s+" + DAY + "|" + MONTH + ")"
            + "(?:,?\\s+\\d{4})?(?:\\s*(?:-|and|to|et|au)\\s*(?:" + DAY + "\\s+" + MONTH + "|" + MONTH + "\\s+" + DAY + ")"
            + "(?:,?\\s+\\d{4})?)?\\s*[,:]?\\s*");

    /** "(Koro, Mopti)", "(Gao)", "(Anchawadi, Gao, Gao)": capitalised names only, comma-separated. */
    private static final Pattern ADMIN_TAIL = Pattern.compile(
            "\\s*\\((?:\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|du|des|la|le|el|al|en|of|n))*)"
            + "(?:\\s*,\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|du|des|la|le|el|al|en|of|n))*){0,3}\\)");

    /** "[size=no report]", "[Madougou]", "[coded to geoprecision 1]". */
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\[[^\\]]{0,80}\\]");

    /** "Looting:", "Property destruction:", "Non-violent activity:", "Coup/Military takeover:" — at most four words. */
    private static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{L}/-]*(?:\\s+[\\p{L}/-]+){0,3}\\s?:\\s+");

    /** An admin tail whose names the tagger has masked: "( xplacex , xplacex )". */
    private static final Pattern MASKED_TAIL = Pattern.compile("\\s*\\(\\s*xplacex\\s*(?:,\\s*xplacex\\s*){0,3}\\)");

    private NoteCleaner() {
    }

    /**
     * What the event model reads of a sentence: the sentence without a leading "Looting:"-style label or
     * date lead, bracketed remarks and admin tails already masked as places ("( xplacex , xplacex )"). The
     * model learnt ACLED's notes without them ({@link #clean}); the same cut at reading time lets it read a
     * note, or a report written like one, as it learnt it. Plain news sentences rarely hold any of these.
     */
    public static String forModel(String masked) {
        String s = BRACKETS.matcher(masked).replaceAll("");
        s = MASKED_TAIL.matcher(s).replaceAll("");
        return withoutLead(s);
    }

    /** The text without a leading "Looting:"-style label (not an acronym's "CMA:"), then a leading date. */
    private static String withoutLead(String text) {
        String s = text;
        Matcher label = LABEL.matcher(s);
        if (label.find() && !label.group().strip().chars().allMatch(c -> c == ':' || Character.isUpperCase(c))) {
            s = s.substring(label.end());
        }
        Matcher lead = DATE_LEAD.matcher(s);
        if (lead.find() && lead.end() > 0 && lead.end() < s.length()) {
            s = s.substring(lead.end());
        }
        return s;
    }

    /** The note without ACLED's artefacts, with its first letter capitalised again. */
    public static String clean(String note) {
        String s = note.strip();
        s = BRACKETS.matcher(s).replaceAll("");
        s = ADMIN_TAIL.matcher(s).replaceAll("");
        s = withoutLead(s);
        s = s.replaceAll("\\s+([,.;])", "$1").replaceAll("\\s{2,}", " ").strip();
        if (!s.isEmpty() && Character.isLowerCase(s.charAt(0))) {
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
