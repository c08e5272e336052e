package org.sahelwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.RegionKind;

class AdminNamesTest {

    private final AdminNames names = new AdminNames(TestTagger.get().dictionary().gazetteer());

    @Test
    void shouldMapAcledCountryNamesToIsoCodes() {
        assertThat(names.countryCode("Mali")).hasValue("ML");
        assertThat(names.countryCode("Burkina Faso")).hasValue("BF");
        assertThat(names.countryCode("Niger")).hasValue("NE");
        assertThat(names.countryCode("Mauritania")).hasValue("MR");
        assertThat(names.countryCode("Chad")).hasValue("TD");
        assertThat(names.countryCode("Tchad")).hasValue("TD");
        assertThat(names.countryCode("Atlantis")).isEmpty();
    }

    @Test
    void shouldAcceptAcledSpellingSlips() {
        assertThat(names.match("ML", RegionKind.ADMIN1, "Koulikouro", "Koulikoro")).hasValue(AdminNames.Match.SPELLING);
        assertThat(names.match("BF", RegionKind.ADMIN1, "Haut-Bassins", "Hauts-Bassins"))
                .hasValue(AdminNames.Match.SPELLING);
    }

    @Test
    void shouldIgnoreCaseAccentsHyphensAndSpaces() {
        assertThat(names.match("BF", RegionKind.ADMIN1, "Centre Nord", "Centre-Nord")).hasValue(AdminNames.Match.SAME);
        assertThat(names.match("NE", RegionKind.ADMIN1, "Tillaberi", "Tillabéri")).hasValue(AdminNames.Match.SAME);
    }

    @Test
    void shouldMatchAGazetteerAlias() {
        assertThat(names.match("ML", RegionKind.ADMIN1, "Tombouctou", "Timbuktu")).hasValue(AdminNames.Match.ALIAS);
        assertThat(names.match("ML", RegionKind.ADMIN1, "Timbuktu", "Tombouctou")).hasValue(AdminNames.Match.ALIAS);
    }

    @Test
    void shouldMatchMaliNewRegionsWithTheRegionTheyWereCarvedOutOf() {
        assertThat(names.match("ML", RegionKind.ADMIN1, "Gao", "Ménaka")).hasValue(AdminNames.Match.HISTORICAL);
        assertThat(names.match("ML", RegionKind.ADMIN1, "Menaka", "Gao")).hasValue(AdminNames.Match.HISTORICAL);
        assertThat(names.match("ML", RegionKind.ADMIN1, "Tombouctou", "Taoudénit")).hasValue(AdminNames.Match.HISTORICAL);
        assertThat(names.match("ML", RegionKind.ADMIN1, "Taoudeni", "Timbuktu")).hasValue(AdminNames.Match.HISTORICAL);
        assertThat(names.match("MR", RegionKind.ADMIN1, "Nouakchott", "Nouakchott Ouest")).hasValue(AdminNames.Match.HISTORICAL);
        assertThat(names.match("MR", RegionKind.ADMIN1, "Nouakchott Sud", "Nouakchott")).hasValue(AdminNames.Match.HISTORICAL);
        // only between a region and its former parent (not siblings), in its country, and only at admin1
        assertThat(names.match("MR", RegionKind.ADMIN1, "Nouakchott Nord", "Nouakchott Sud")).isEmpty();
        assertThat(names.match("ML", RegionKind.ADMIN1, "Ménaka", "Timbuktu")).isEmpty();
        assertThat(names.match("ML", RegionKind.ADMIN1, "Ménaka", "Kidal")).isEmpty();
        assertThat(names.match("NE", RegionKind.ADMIN1, "Ménaka", "Gao")).isEmpty();
        assertThat(names.match("ML", RegionKind.ADMIN2, "Ménaka", "Gao")).isEmpty();
    }

    @Test
    void shouldKeepDistinctRegionsApart() {
        assertThat(names.match("BF", RegionKind.ADMIN1, "Sahel", "Nord")).isEmpty();
        assertThat(names.match("BF", RegionKind.ADMIN1, "Centre-Nord", "Centre-Sud")).isEmpty();
        assertThat(names.match("BF", RegionKind.ADMIN1, "Centre", "Centre-Est")).isEmpty();
        assertThat(names.match("ML", RegionKind.ADMIN1, "Kayes", "Koulikoro")).isEmpty(); // "Region I" / "Region II"
        assertThat(names.match("ML", RegionKind.ADMIN1, "Gao", "Kidal")).isEmpty();
        assertThat(names.match("NE", RegionKind.ADMIN2, "Say", "Gaya")).isEmpty(); // short names: no slip allowed
        assertThat(names.match("ML", RegionKind.ADMIN1, "Mopti", "")).isEmpty();
        assertThat(names.match("ML", RegionKind.ADMIN1, null, "Mopti")).isEmpty();
    }

    @Test
    void shouldCountEditsAndAllowFewerForShortNames() {
        assertThat(AdminNames.editDistance("koulikouro", "koulikoro")).isEqualTo(1);
        assertThat(AdminNames.editDistance("gao", "kao")).isEqualTo(1);
        assertThat(AdminNames.editDistance("", "abc")).isEqualTo(3);
        assertThat(AdminNames.allowedEdits(3)).isZero();
        assertThat(AdminNames.allowedEdits(5)).isEqualTo(1);
        assertThat(AdminNames.allowedEdits(6)).isEqualTo(2);
        assertThat(AdminNames.key("Haut-Bassins")).isEqualTo("hautbassins");
    }
}
