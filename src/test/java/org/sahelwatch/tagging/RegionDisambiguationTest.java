package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.avro.RegionTag;

/** Each place-disambiguation rule, one test per case, on the real gazetteer. */
class RegionDisambiguationTest {

    private static final Instant NOW = Instant.parse("2023-11-15T00:00:00Z");

    private static EnrichedArticle tag(String body) {
        return TestTagger.get().tag(anArticle().titled("Report").withBody(body).build(), NOW);
    }

    private static List<RegionTag> named(EnrichedArticle e) {
        return e.getRegions().stream().filter(r -> !r.getImplied()).toList();
    }

    private static Optional<RegionTag> region(EnrichedArticle e, String name) {
        return e.getRegions().stream().filter(r -> r.getName().equals(name)).findFirst();
    }

    private static boolean hasCountry(EnrichedArticle e, String cc) {
        return e.getRegions().stream().anyMatch(r -> r.getKind() == RegionKind.COUNTRY && r.getCountryCode().equals(cc));
    }

    // ---- Niger: the country, the river, Nigeria ----------------------------------------------

    @Test
    void shouldReadTheNigerRiverNearMoptiAsTheRiverAndMaliNotTheCountryNiger() {
        EnrichedArticle e = tag("Boats were attacked on the Niger river near Mopti.");

        assertThat(region(e, "Niger River")).hasValueSatisfying(r -> assertThat(r.getKind()).isEqualTo(RegionKind.FEATURE));
        assertThat(region(e, "Mopti")).hasValueSatisfying(r -> assertThat(r.getCountryCode()).isEqualTo("ML"));
        assertThat(hasCountry(e, "ML")).isTrue();
        assertThat(hasCountry(e, "NE")).isFalse();
        assertThat(e.getFocus().getName()).isEqualTo("Mopti");
    }

    @Test
    void shouldReadLeFleuveNigerAsTheRiver() {
        EnrichedArticle e = tag("Des pirogues ont été attaquées sur le fleuve Niger, près de Tombouctou.");

        assertThat(region(e, "Niger River")).isPresent();
        assertThat(hasCountry(e, "NE")).isFalse();
    }

    @Test
    void shouldReadNigerienAsNigerAndNigerianAsNigeria() {
        EnrichedArticle nigerien = tag("Nigerien troops patrolled the border.");
        EnrichedArticle nigerian = tag("Nigerian troops patrolled the border.");

        assertThat(hasCountry(nigerien, "NE")).isTrue();
        assertThat(hasCountry(nigerien, "NG")).isFalse();
        assertThat(hasCountry(nigerian, "NG")).isTrue();
        assertThat(hasCountry(nigerian, "NE")).isFalse();
    }

    @Test
    void shouldReadNigerStateAsTheNigerianStateNotTheCountry() {
        EnrichedArticle e = tag("Bandits attacked a village in Niger State, in north-central Nigeria.");

        assertThat(named(e)).anySatisfy(r -> {
            assertThat(r.getCountryCode()).isEqualTo("NG");
            assertThat(r.getKind()).isEqualTo(RegionKind.ADMIN1);
        });
        assertThat(hasCountry(e, "NE")).isFalse();
    }

    @Test
    void shouldReadTheNigerDeltaAsNigeria() {
        EnrichedArticle e = tag("Militants blew up a pipeline in the Niger Delta.");

        assertThat(region(e, "Niger Delta")).hasValueSatisfying(r -> assertThat(r.getCountryCode()).isEqualTo("NG"));
        assertThat(hasCountry(e, "NG")).isTrue();
        assertThat(hasCountry(e, "NE")).isFalse();
    }

    // ---- names that are common words or first names --------------------------------------------

    @Test
    void shouldNotTagCommonWordsThatAreAlsoPlaceNamesWithoutACue() {
        EnrichedArticle e = tag("Dire warnings came from Mali. Say what you will about Po or Boni. "
                + "Mango prices rose. Kona coffee is popular. Nara deer roam. Bla bla. Fada said nothing.");

        assertThat(named(e)).extracting(RegionTag::getName).containsExactly("Mali");
    }

    @Test
    void shouldTagTheTownOfSayWithATriggerWord() {
        EnrichedArticle e = tag("Gunmen attacked the town of Say, in Niger.");

        assertThat(region(e, "Say")).hasValueSatisfying(r -> {
            assertThat(r.getCountryCode()).isEqualTo("NE");
            assertThat(r.getKind()).isEqualTo(RegionKind.PLACE);
        });
    }

    @Test
    void shouldTagDireInMaliAfterALocativeWhenMaliIsNamed() {
        EnrichedArticle e = tag("Clashes were reported in Diré, in northern Mali.");

        assertThat(region(e, "Diré")).hasValueSatisfying(r -> {
            assertThat(r.getKind()).isEqualTo(RegionKind.PLACE);
            assertThat(r.getAdmin1()).isEqualTo("Timbuktu");
        });
    }

    @Test
    void shouldTagPoInBurkinaFasoAfterALocativeWhenBurkinaIsNamed() {
        EnrichedArticle e = tag("Soldiers were deployed to Pô, in southern Burkina Faso.");

        assertThat(region(e, "Pô")).hasValueSatisfying(r -> assertThat(r.getCountryCode()).isEqualTo("BF"));
    }

    @Test
    void shouldTagEstAsTheBurkinabeRegionOnlyWithARegionCue() {
        EnrichedArticle withCue = tag("Les attaques se multiplient dans la région de l'Est, au Burkina Faso.");
        EnrichedArticle french = tag("Il est clair que la situation au Burkina Faso est grave.");

        assertThat(region(withCue, "Est")).hasValueSatisfying(r -> assertThat(r.getKind()).isEqualTo(RegionKind.ADMIN1));
        assertThat(region(french, "Est")).isEmpty();
    }

    @Test
    void shouldNotTagTheSahelAsTheBurkinabeRegionWithoutARegionCue() {
        EnrichedArticle area = tag("Violence is spreading across the Sahel.");
        EnrichedArticle region = tag("Gunmen killed ten people in the Sahel region of Burkina Faso.");

        assertThat(region(area, "Sahel")).isEmpty();
        assertThat(region(region, "Sahel")).hasValueSatisfying(r -> {
            assertThat(r.getKind()).isEqualTo(RegionKind.ADMIN1);
            assertThat(r.getCountryCode()).isEqualTo("BF");
        });
    }

    @Test
    void shouldReadChadBeforeASurnameAsAPerson() {
        EnrichedArticle person = tag("Analyst Chad Williams said the junta would hold.");
        EnrichedArticle country = tag("Troops from Chad arrived in Niamey.");

        assertThat(hasCountry(person, "TD")).isFalse();
        assertThat(hasCountry(country, "TD")).isTrue();
    }

    // ---- the same name in several places ---------------------------------------------------------

    @Test
    void shouldPickKoroInMaliWhenTheArticleNamesMopti() {
        EnrichedArticle e = tag("Dogon militiamen attacked a village near Koro, in the Mopti region.");

        assertThat(region(e, "Koro")).hasValueSatisfying(r -> {
            assertThat(r.getCountryCode()).isEqualTo("ML");
            assertThat(r.getAdmin1()).isEqualTo("Mopti");
        });
    }

    @Test
    void shouldPickKoroInBurkinaFasoWhenTheArticleNamesItsRegion() {
        EnrichedArticle e = tag("Gunmen attacked the village of Koro, in Burkina Faso's Nord region.");

        assertThat(region(e, "Koro")).hasValueSatisfying(r -> {
            assertThat(r.getCountryCode()).isEqualTo("BF");
            assertThat(r.getAdmin1()).isEqualTo("Nord");
        });
    }

    @Test
    void shouldPickTheBambaNearTheOtherPlacesTheArticleNames() {
        EnrichedArticle e = tag("JNIM attacked an army camp in Bamba, between Gao and Timbuktu.");

        assertThat(region(e, "Bamba")).hasValueSatisfying(r -> assertThat(r.getAdmin1()).isEqualTo("Gao"));
    }

    // ---- organisations and demonyms ----------------------------------------------------------------

    @Test
    void shouldNotTakeMaliArmyForAPlaceButStillPointToMali() {
        EnrichedArticle e = TestTagger.get().tag(anArticle().titled("Mali Army Takes Kidal")
                .withBody("The Mali Army said so.").build(), NOW);

        assertThat(e.getActors()).anyMatch(a -> a.getActorId().equals("mali-armed-forces"));
        assertThat(hasCountry(e, "ML")).isTrue();
        assertThat(named(e)).allMatch(r -> r.getKind() == RegionKind.COUNTRY || r.getName().equals("Kidal"));
    }

    @Test
    void shouldFindNoPlaceInModernTokyoTimes() {
        EnrichedArticle e = tag("Modern Tokyo Times reports on Africa.");

        assertThat(named(e)).noneMatch(r -> r.getName().contains("Tokyo"));
        assertThat(e.getSahel()).isFalse();
    }

    @Test
    void shouldNotTakeThePlaceInsideAGroupsNameForAPlace() {
        EnrichedArticle e = tag("The Islamic State Sahel Province claimed the attack.");

        assertThat(region(e, "Sahel")).isEmpty();
    }

    // ---- implied regions ------------------------------------------------------------------------

    @Test
    void shouldImplyTheAdmin2Admin1AndCountryOfATown() {
        EnrichedArticle e = tag("Gunmen attacked a market in Djibo on Sunday.");

        assertThat(region(e, "Djibo")).hasValueSatisfying(r -> assertThat(r.getImplied()).isFalse());
        assertThat(region(e, "Soum")).hasValueSatisfying(r -> {
            assertThat(r.getKind()).isEqualTo(RegionKind.ADMIN2);
            assertThat(r.getImplied()).isTrue();
            assertThat(r.getMentions()).isEmpty();
        });
        assertThat(region(e, "Sahel")).hasValueSatisfying(r -> assertThat(r.getImplied()).isTrue());
        assertThat(region(e, "Burkina Faso")).hasValueSatisfying(r -> assertThat(r.getImplied()).isTrue());
    }

    // ---- villages and countries the article does not name ----------------------------------------

    @Test
    void shouldAcceptAVillageFoundInOnlyOneSahelCountryAfterALocative() {
        EnrichedArticle e = tag("Gunmen killed two shepherds in the village of Ogossagou on Sunday.");

        assertThat(named(e)).anySatisfy(r -> {
            assertThat(r.getMentions()).anyMatch(m -> m.getText().equals("Ogossagou"));
            assertThat(r.getCountryCode()).isEqualTo("ML");
        });
    }

    @Test
    void shouldInferTheCountryFromADistrictNamedOnlyInOneCountry() {
        EnrichedArticle e = tag("Armed men attacked a convoy near Douentza on Monday.");

        assertThat(hasCountry(e, "ML")).isTrue();
    }

    @Test
    void shouldPlaceAnArticleThatNamesOnlyAMalianArmedGroupInMali() {
        EnrichedArticle e = TestTagger.get().tag(anArticle().titled("Report")
                .withBody("GATIA fighters detained two traders on Friday.").build(), NOW);

        assertThat(e.getFocus()).isNotNull();
        assertThat(e.getFocus().getCountryCode()).isEqualTo("ML");
    }

    @Test
    void shouldChooseTheSameNamePlaceWhoseCercleAndRegionAreNamedInParentheses() {
        EnrichedArticle e = tag("Armed men burned granaries in the village of Sokoura (Bankass, Mopti) on Sunday.");

        assertThat(named(e)).anySatisfy(r -> {
            assertThat(r.getMentions()).anyMatch(m -> m.getText().equals("Sokoura"));
            assertThat(r.getAdmin2()).isEqualTo("Bankass");
        });
    }

    @Test
    void shouldNotCountAPlacesOwnNameAsItsCercleBeingNamed() {
        EnrichedArticle e = tag("Gunmen attacked the village of Koro, in Burkina Faso's Nord region.");

        assertThat(region(e, "Koro")).hasValueSatisfying(r -> assertThat(r.getCountryCode()).isEqualTo("BF"));
    }

    @Test
    void shouldNotReadTheFirstWordOfAnUnknownNameAsAPlace() {
        EnrichedArticle hyphen = tag("Soldiers clashed with militants in Ti-n-Zaouatene, Mali, on Friday.");
        EnrichedArticle spaced = tag("Militants clashed near Tin Abaradjan, in Mali, on Friday.");

        assertThat(named(hyphen)).noneMatch(r -> r.getName().equals("Ti"));
        assertThat(named(spaced)).noneMatch(r -> r.getName().equals("Tin"));
    }

    @Test
    void shouldRejectAVillageOfAnotherRegionThanTheOneItsParenthesisStates() {
        // Sassambari exists in the gazetteer only in Mali's Ségou region; the parenthesis puts this one in Kossi (BF)
        EnrichedArticle e = tag("Gunmen killed a farmer in the village of Sassambari (Kombori, Kossi) on Friday.");

        assertThat(named(e)).noneMatch(r -> r.getCountryCode().equals("ML"));
        assertThat(named(e)).anyMatch(r -> r.getName().equals("Kossi") && r.getKind() == RegionKind.ADMIN2
                && r.getCountryCode().equals("BF"));
    }

    @Test
    void shouldNotReadDayInAHolidayAsAVillage() {
        EnrichedArticle e = tag("Unions staged a march to mark Labour Day in Kaya, Burkina Faso.");

        assertThat(named(e)).noneMatch(r -> r.getName().equals("Day"));
    }

    @Test
    void shouldRejectAVillageFarFromTheTownItIsSaidToBeIn() {
        // Bélia is a Malian village near Douentza, some 350 km from Ouallam in Niger
        EnrichedArticle e = tag("Militiamen clashed with jihadists in the area of Bella Kori in Ouallam, Niger.");

        assertThat(named(e)).noneMatch(r -> r.getCountryCode().equals("ML"));
        assertThat(named(e)).anyMatch(r -> r.getName().equals("Ouallam"));
    }

    @Test
    void shouldReadTownAfterACueOnlyNameAsItsCue() {
        EnrichedArticle e = tag("Rebels took control of Ber town on Tuesday.");

        assertThat(region(e, "Ber")).hasValueSatisfying(r -> assertThat(r.getCountryCode()).isEqualTo("ML"));
    }

    @Test
    void shouldNotTakeANameInParenthesesForTheRestOfTheVillagesName() {
        EnrichedArticle e = tag("Gunmen killed a farmer in Ogossagou (Zwarandeku quarter), Mali, on Friday.");

        assertThat(named(e)).anyMatch(r -> r.getMentions().stream().anyMatch(m -> m.getText().equals("Ogossagou")));
    }
    // ---- names the gazetteer spells differently, or holds only as a well or a camp ------------

    @Test
    void shouldReadAMisspeltCapitalAfterALocativeAsTheCapital() {
        EnrichedArticle e = tag("Hundreds of women marched in Ouagadaougou on Saturday against insecurity.");

        assertThat(e.getFocus().getName()).isEqualTo("Ouagadougou");
        assertThat(e.getFocus().getConfidence()).isLessThan(0.6);
    }

    @Test
    void shouldNotReadAMisspeltTownWithoutALocativeBeforeIt() {
        EnrichedArticle e = tag("Ouagadaougou officials said on Saturday that the march had been peaceful.");

        assertThat(named(e)).noneSatisfy(r -> assertThat(r.getName()).isEqualTo("Ouagadougou"));
    }

    @Test
    void shouldCountOneEditAsOneLetterInsertedDeletedReplacedOrTwoNeighboursSwapped() {
        assertThat(FuzzyPlaceIndex.withinOneEdit("ouagadaougou", "ouagadougou")).isTrue();
        assertThat(FuzzyPlaceIndex.withinOneEdit("tombuoctou", "tombouctou")).isTrue(); // two neighbours swapped
        assertThat(FuzzyPlaceIndex.withinOneEdit("tombuoctu", "tombouctou")).isFalse();
    }

    @Test
    void shouldReadAWellTheArticleSituatesAsThePlaceOfTheEvent() {
        EnrichedArticle e = tag("Soldiers arrested twelve suspects at the well of Djebok on Monday.");

        assertThat(e.getFocus().getName()).isEqualTo("Djebok");
        assertThat(e.getFocus().getAdmin1()).isEqualTo("Gao");
    }

    @Test
    void shouldPreferAVillageToAWellOfTheSameName() {
        EnrichedArticle e = tag("Gunmen attacked the village of Ekrafane, in Niger, on Friday.");

        assertThat(e.getFocus().getName()).isEqualTo("Ekrafane");
        assertThat(e.getFocus().getCountryCode()).isEqualTo("NE");
    }

    @Test
    void shouldReadTheTamasheqPrefixInAsGeoNamesIdashN() {
        EnrichedArticle hyphenated = tag("The army said it had repelled an attack in In-Tillit, in the Gao region.");
        EnrichedArticle fused = tag("The army said it had repelled an attack in Intillit, in the Gao region.");

        assertThat(hyphenated.getFocus().getName()).isEqualTo("I-n-Tillit");
        assertThat(fused.getFocus().getName()).isEqualTo("I-n-Tillit");
    }

    // ---- what does not count as evidence ------------------------------------------------------

    @Test
    void shouldPlaceAUniqueVillageInItsCountryEvenWhenTheActorsAreFromAnother() {
        EnrichedArticle e = tag("MSA militiamen attacked a herders' camp near Ekrafane, killing four.");

        assertThat(e.getFocus().getName()).isEqualTo("Ekrafane");
        assertThat(e.getFocus().getCountryCode()).isEqualTo("NE");
    }

    @Test
    void shouldNotReadAnAcronymAsAVillage() {
        EnrichedArticle e = tag("MIA, a new armed movement, announced on Thursday that it had split from Ansar Dine.");

        assertThat(named(e)).noneSatisfy(r -> assertThat(r.getName()).isEqualTo("Mia"));
    }

    @Test
    void shouldNotReadTheSecondWordOfAnUnknownNameAsAVillage() {
        EnrichedArticle e = tag("Militiamen killed three herders in the area of Holle Hamani.");

        assertThat(named(e)).noneSatisfy(r -> assertThat(r.getName()).isEqualTo("Hamani"));
    }

    @Test
    void shouldReadACommuneInAParenthesisWithItsProvinceAsTheOneInThatProvince() {
        EnrichedArticle e = tag("Militants burnt a school in the village of Delga (Banh, Loroum).");

        assertThat(named(e)).noneSatisfy(r -> assertThat(r.getAdmin2()).isEqualTo("Yatenga"));
        assertThat(e.getFocus().getName()).isEqualTo("Loroum");
    }

    @Test
    void shouldReadAHyphenatedQuarterOfACityAsTheCity() {
        EnrichedArticle e = tag("A land dispute in Bamako-Coura turned violent on Sunday.");

        assertThat(e.getFocus().getName()).isEqualTo("Bamako");
    }
    @Test
    void shouldReadAVillageOfManyCountriesInTheCountryOfTheWellsItIsSaidToBeNear() {
        EnrichedArticle e = tag("Militants entered the village of Boni, then withdrew north toward In-Ates.");

        assertThat(e.getFocus().getName()).isEqualTo("Boni");
        assertThat(e.getFocus().getCountryCode()).isEqualTo("NE");
    }

    @Test
    void shouldReadTheCentralTownOfKonnaAsTheKonnaInCentralMali() {
        EnrichedArticle e = tag("Soldiers said they had recaptured the central town of Konna.");

        assertThat(e.getFocus().getAdmin1()).isEqualTo("Mopti");
    }

    @Test
    void shouldNotReadACountryNamedAsTheFarSideOfABorderAsThePlaceOfTheEvent() {
        EnrichedArticle english = tag("Militants torched a school in a village near the border with Burkina Faso.");
        EnrichedArticle french = tag("Des hommes armés ont incendié une école dans un village proche de la frontière avec le Burkina Faso.");
        EnrichedArticle adjective = tag("Militants torched a school in a village near the Malian border.");

        for (EnrichedArticle e : List.of(english, french, adjective)) {
            assertThat(e.getFocus()).isNull();
            assertThat(e.getEvents()).allSatisfy(ev -> assertThat(ev.getPlaceIds()).isEmpty());
        }
        assertThat(hasCountry(english, "BF")).isTrue(); // still tagged, with its evidence
    }

    @Test
    void shouldNotReadTheNationalityOfAVictimAsThePlaceOfTheEvent() {
        EnrichedArticle e = tag("Gunmen abducted an Italian priest on Monday.");

        assertThat(e.getFocus()).isNull();
        assertThat(hasCountry(e, "IT")).isTrue();
    }

    @Test
    void shouldStillReadTheArmyOfASahelCountryAsPointingToThatCountry() {
        EnrichedArticle e = tag("Malian troops repelled an attack on Sunday.");

        assertThat(e.getFocus().getCountryCode()).isEqualTo("ML");
    }
    @Test
    void shouldReadATownSaidToBeInItsRegionAsTheTownHoweverFarFromTheRegionalCapital() {
        EnrichedArticle english = tag("A drone strike on Sunday killed 21 people in Tinzaouaten, in the Kidal region, "
                + "near the Algerian border, local officials said.");
        EnrichedArticle french = tag("Une frappe de drone a tué dimanche 21 personnes à Tinzaouaten, dans la région de Kidal, "
                + "près de la frontière algérienne, selon des élus locaux.");

        assertThat(english.getFocus().getName()).isEqualTo("Tinzaouaten");
        assertThat(french.getFocus().getName()).isEqualTo("Tinzaouaten");
    }
    @Test
    void shouldPlaceAVillageNearTheBorderWithAnotherCountryInItsOwnCountryNearestThatBorder() {
        EnrichedArticle e = tag("Militants torched the schools in the village of Bossey Bangou near the border with Burkina Faso.");

        assertThat(e.getFocus().getName()).isEqualTo("Bossey Bangou");
        assertThat(e.getFocus().getCountryCode()).isEqualTo("NE");
        assertThat(e.getFocus().getAdmin2()).isEqualTo("Torodi"); // the namesake near Kollo lies 90 km further east
    }

    @Test
    void shouldRejectANamesakeFarFromTheVillageWhoseAreaItIsSaidToBeIn() {
        // every Bingo of the gazetteer is in Burkina Faso, 370 km or more from Monimpebougou (Ségou, Mali)
        for (EnrichedArticle e : List.of(
                tag("A Dozo shot dead two civilians in the village of Bingo in the area of Monimpebougou."),
                tag("Un dozo a abattu deux civils dans le village de Bingo, dans la zone de Monimpebougou."))) {
            assertThat(e.getFocus().getCountryCode()).isEqualTo("ML");
            assertThat(e.getFocus().getAdmin1()).isEqualTo("Ségou");
            assertThat(hasCountry(e, "BF")).isFalse();
        }
    }

    @Test
    void shouldReadAVillageOfAPeopleLivingInOneCountryInThatCountry() {
        // Yara is a village in Mopti (Mali) and one in Burkina Faso; the Dogon live in Mali
        for (EnrichedArticle e : List.of(tag("Fulani militiamen attacked the Dogon hamlet of Yara, killing three people."),
                tag("Des miliciens peuls ont attaqué le hameau dogon de Yara et tué trois personnes."))) {
            assertThat(e.getFocus().getName()).isEqualTo("Yara");
            assertThat(e.getFocus().getCountryCode()).isEqualTo("ML");
        }
        // a named country wins over the people's home
        EnrichedArticle named = tag("Fulani militiamen attacked the Dogon hamlet of Yara, Burkina Faso.");
        assertThat(named.getFocus().getCountryCode()).isEqualTo("BF");
    }
}
