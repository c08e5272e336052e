package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.avro.EnrichedArticle;

/**
 * Actor coding rules an ACLED coder would state, each checked on an English report and its French twin:
 * who the victims are (Pastoralists, Farmers, Labour Group), which force peacekeepers belong to, whose
 * country an unidentified group takes, and which words name a party and which only a topic or a link.
 */
class AcledActorCodingTest {

    private static final Instant NOW = Instant.parse("2024-03-22T00:00:00Z");
    private static final Instant IN_2019 = Instant.parse("2019-02-22T12:00:00Z");

    private static EnrichedArticle tag(String body, String language, Instant published) {
        return TestTagger.get().tag(anArticle().titled("Report").withBody(body).inLanguage(language)
                .publishedAt(published).build(), NOW);
    }

    private static List<EnrichedArticle> twins(String english, String french) {
        return twins(english, french, NOW);
    }

    private static List<EnrichedArticle> twins(String english, String french, Instant published) {
        return List.of(tag(english, "en", published), tag(french, "fr", published));
    }

    private static List<String> names(EnrichedArticle e) {
        return e.getActors().stream().map(ActorTag::getName).toList();
    }

    private static List<String> ids(EnrichedArticle e) {
        return e.getActors().stream().map(ActorTag::getActorId).toList();
    }

    @Test
    void shouldCodeFulaniVictimsAsPastoralists() {
        for (EnrichedArticle e : twins("Dozo hunters killed three Fulani villagers near Djenné, Mali.",
                "Des chasseurs dozo ont tué trois villageois peuls près de Djenné, au Mali.")) {
            assertThat(names(e)).contains("Fulani Ethnic Group (Mali)", "Pastoralists (Mali)", "Civilians (Mali)");
        }
    }

    @Test
    void shouldCodeFulaniHerdersOnceAsPastoralists() {
        for (EnrichedArticle e : twins("Gunmen killed two Fulani herders near Djenné, Mali.",
                "Des hommes armés ont tué deux éleveurs peuls près de Djenné, au Mali.")) {
            assertThat(names(e)).contains("Fulani Ethnic Group (Mali)", "Pastoralists (Mali)")
                    .doesNotContain("Herders (Mali)");
            assertThat(names(e).stream().filter(n -> n.startsWith("Pastoralists"))).hasSize(1);
        }
    }

    @Test
    void shouldCodeDogonVillagersAsFarmers() {
        for (EnrichedArticle e : twins("Gunmen attacked a Dogon village near Bankass, Mali, and killed four villagers.",
                "Des hommes armés ont attaqué un village dogon près de Bankass, au Mali, et tué quatre villageois.")) {
            assertThat(names(e)).contains("Dogon Ethnic Group (Mali)", "Farmers (Mali)", "Civilians (Mali)");
        }
    }

    @Test
    void shouldCodeADriverAsLabourGroup() {
        for (EnrichedArticle e : twins("Militants abducted a truck driver near Dori, Burkina Faso.",
                "Des jihadistes ont enlevé un chauffeur près de Dori, au Burkina Faso.")) {
            assertThat(names(e)).contains("Labour Group (Burkina Faso)", "Civilians (Burkina Faso)");
        }
    }

    @Test
    void shouldCodeACattleTraderAsLabourGroup() {
        for (EnrichedArticle e : twins("Unknown gunmen shot and wounded a cattle trader in Gorom-Gorom, Burkina Faso.",
                "Des hommes armés non identifiés ont blessé par balle un commerçant de bétail à Gorom-Gorom, au Burkina Faso.")) {
            assertThat(names(e)).contains("Labour Group (Burkina Faso)").doesNotContain("Traders (Burkina Faso)");
        }
    }

    @Test
    void shouldKeepGoldMinersAsMiners() {
        for (EnrichedArticle e : twins("Militants killed five gold miners near Djibo, Burkina Faso.",
                "Des jihadistes ont tué cinq orpailleurs près de Djibo, au Burkina Faso.")) {
            assertThat(names(e)).contains("Miners (Burkina Faso)", "Civilians (Burkina Faso)");
        }
    }

    @Test
    void shouldCodeKidnappedHumanitarianWorkersAsAidWorkers() {
        for (EnrichedArticle e : twins("Gunmen kidnapped two humanitarian workers near Ménaka, Mali.",
                "Des hommes armés ont enlevé deux travailleurs humanitaires près de Ménaka, au Mali.")) {
            assertThat(names(e)).contains("Aid Workers (Mali)").doesNotContain("Labour Group (Mali)");
        }
    }

    @Test
    void shouldCodePeacekeepersInMaliAsMinusmaWhateverTheirNationality() {
        for (EnrichedArticle e : twins("An explosive device struck a convoy of Chadian peacekeepers near Aguelhok, Mali.",
                "Un engin explosif a frappé un convoi de casques bleus tchadiens près d'Aguelhok, au Mali.", IN_2019)) {
            assertThat(ids(e)).contains("minusma").doesNotContain("chad-armed-forces");
        }
    }

    @Test
    void shouldNotCodePeacekeepersAsMinusmaAfterTheMissionLeft() {
        Instant in2025 = Instant.parse("2025-05-01T12:00:00Z");
        for (EnrichedArticle e : twins("Peacekeepers were seen near Gao, Mali.",
                "Des casques bleus ont été vus près de Gao, au Mali.", in2025)) {
            assertThat(ids(e)).doesNotContain("minusma");
        }
    }

    @Test
    void shouldGiveUnknownGunmenTheCountryOfTheEventNotTheNationalityOfTheirVictims() {
        for (EnrichedArticle e : twins("Unknown gunmen killed three Guinean peacekeepers near Bamako, Mali.",
                "Des hommes armés non identifiés ont tué trois casques bleus guinéens près de Bamako, au Mali.", IN_2019)) {
            assertThat(names(e)).contains("Unidentified Armed Group (Mali)")
                    .doesNotContain("Unidentified Armed Group (Guinea)");
        }
    }

    @Test
    void shouldGiveForeignRebelsTheirOwnCountry() {
        for (EnrichedArticle e : twins("Chadian rebels ambushed a Nigerien army convoy near Agadez, Niger.",
                "Des rebelles tchadiens ont tendu une embuscade à un convoi de l'armée nigérienne près d'Agadez, au Niger.")) {
            assertThat(names(e)).contains("Unidentified Armed Group (Chad)");
            assertThat(ids(e)).contains("niger-armed-forces");
        }
    }

    @Test
    void shouldReadRebelsOfANamedGroupAsThatGroup() {
        for (EnrichedArticle e : twins("FACT rebels attacked an army post near Faya, Chad.",
                "Les rebelles du FACT ont attaqué un poste de l'armée près de Faya, au Tchad.")) {
            assertThat(ids(e)).contains("fact");
            assertThat(names(e)).noneMatch(n -> n.startsWith("Unidentified Armed Group"));
        }
    }

    @Test
    void shouldCodeArmedMenNamedByTheirPeopleAsThatPeoplesMilitia() {
        for (EnrichedArticle e : twins("Fulani gunmen killed three Dogon villagers near Bankass, Mali.",
                "Des hommes armés peuls ont tué trois villageois dogons près de Bankass, au Mali.")) {
            assertThat(ids(e)).contains("fulani-militia");
            assertThat(names(e)).contains("Dogon Ethnic Group (Mali)")
                    .doesNotContain("Fulani Ethnic Group (Mali)", "Unidentified Armed Group (Mali)");
        }
    }

    @Test
    void shouldCodeAGroupOfGunmenAfterANamedGroupAsANewParty() {
        for (EnrichedArticle e : twins("GATIA fighters clashed with a group of gunmen near Ménaka, Mali.",
                "Des combattants du GATIA se sont affrontés à un groupe d'hommes armés près de Ménaka, au Mali.")) {
            assertThat(names(e)).contains("Unidentified Armed Group (Mali)");
        }
    }

    @Test
    void shouldReadTheMilitantsAsTheGroupNamedBefore() {
        for (EnrichedArticle e : twins("ISGS militants killed five soldiers near Tillabéri, Niger. The militants also seized two vehicles.",
                "Des combattants de l'EIGS ont tué cinq soldats près de Tillabéri, au Niger. Les jihadistes ont aussi emporté deux véhicules.")) {
            assertThat(ids(e)).contains("isgs");
            assertThat(names(e)).noneMatch(n -> n.startsWith("Islamist Militants"));
        }
    }

    @Test
    void shouldNotImplyCivilianVictimsOfLootingAfterABattle() {
        for (EnrichedArticle e : twins("ISGS militants attacked an army patrol near Tillabéri, Niger, killing five soldiers. The militants also seized two vehicles.",
                "Des combattants de l'EIGS ont attaqué une patrouille de l'armée près de Tillabéri, au Niger, tuant cinq soldats. Les jihadistes ont aussi emporté deux véhicules.")) {
            assertThat(e.getActors()).noneMatch(a -> a.getCategory() == ActorCategory.CIVILIANS);
        }
    }

    @Test
    void shouldStillImplyCivilianVictimsOfLootingAlone() {
        for (EnrichedArticle e : twins("Militants looted shops in Arbinda, Burkina Faso.",
                "Des jihadistes ont pillé des boutiques à Arbinda, au Burkina Faso.")) {
            assertThat(e.getActors()).anyMatch(a -> a.getCategory() == ActorCategory.CIVILIANS);
        }
    }

    @Test
    void shouldNotCodeTheGroupVictimsWereAccusedOfHelpingAsAParty() {
        for (EnrichedArticle e : twins("Soldiers killed eleven people accused of being accomplices to militants near Djibo, Burkina Faso.",
                "Des soldats ont tué onze personnes accusées d'être complices des terroristes près de Djibo, au Burkina Faso.")) {
            assertThat(ids(e)).contains("burkina-armed-forces");
            assertThat(e.getActors()).anyMatch(a -> a.getCategory() == ActorCategory.CIVILIANS)
                    .noneMatch(a -> a.getCategory() == ActorCategory.REBEL_GROUP);
        }
    }

    @Test
    void shouldNotCodePeopleHurtInAClashAsCivilians() {
        for (EnrichedArticle e : twins("Soldiers clashed with militants near Djibo, Burkina Faso. Two people died in the clashes.",
                "Des soldats ont affronté des jihadistes près de Djibo, au Burkina Faso. Deux personnes sont mortes lors des affrontements.")) {
            assertThat(e.getActors()).anyMatch(a -> a.getCategory() == ActorCategory.STATE_FORCES)
                    .noneMatch(a -> a.getCategory() == ActorCategory.CIVILIANS);
        }
    }

    @org.junit.jupiter.api.Disabled("known miss of model events-b722003da723: \"took to the streets … Rioting then broke out\" is read as a protest, so the crowd stays protesters")
    @Test
    void shouldCallTheCrowdOfAProtestThatTurnedToRiotingRioters() {
        for (EnrichedArticle e : twins("Residents of Diffa, Niger, took to the streets on Monday to demand jobs. Rioting then broke out in the town.",
                "Les habitants de Diffa, au Niger, sont descendus dans la rue lundi pour réclamer des emplois. Des émeutes ont ensuite éclaté dans la ville.")) {
            assertThat(names(e)).contains("Rioters (Niger)").doesNotContain("Protesters (Niger)");
        }
    }

    @Test
    void shouldLetOnlyTheCrowdNamedInTheRiotRiotWhenAnotherProtestWasPeaceful() {
        EnrichedArticle e = tag("Students demonstrated in Niamey, Niger, on Monday. In Maradi, youths rioted and ransacked the town hall.",
                "en", NOW);
        assertThat(e.getActors()).anyMatch(a -> a.getName().equals("Students (Niger)") && a.getCategory() == ActorCategory.PROTESTERS)
                .anyMatch(a -> a.getCategory() == ActorCategory.RIOTERS);
    }

    @Test
    void shouldReadMarchTheMonthAsNoProtest() {
        // "March" is a protest trigger; the month must not turn the soldiers of the sentence into police
        EnrichedArticle e = tag("On March 12, militants attacked the National Guard camp in Libiri, Niger.", "en", NOW);
        assertThat(ids(e)).contains("niger-armed-forces").doesNotContain("niger-police");
    }

    @Test
    void shouldReadIslamistsAsIslamistMilitants() {
        for (EnrichedArticle e : twins("Islamists seized control of Konna, Mali, after a battle with the army.",
                "Les islamistes ont pris le contrôle de Konna, au Mali, après des combats avec l'armée.")) {
            assertThat(names(e)).contains("Islamist Militants (Mali)");
        }
    }

    @Test
    void shouldReadAGendarmeAsTheGendarmerie() {
        for (EnrichedArticle e : twins("One gendarme was killed when militants attacked a post near Dori, Burkina Faso.",
                "Un gendarme a été tué lors de l'attaque d'un poste par des jihadistes près de Dori, au Burkina Faso.")) {
            assertThat(ids(e)).contains("burkina-gendarmerie");
        }
    }

    @Test
    void shouldCodeTwoPeoplesAtOddsAsTheirMilitias() {
        for (EnrichedArticle e : twins("Clashes between the Dogon and Fulani communities left three dead near Bankass, Mali.",
                "Des affrontements entre les communautés dogon et peule ont fait trois morts près de Bankass, au Mali.")) {
            assertThat(ids(e)).contains("dogon-militia", "fulani-militia");
            assertThat(names(e)).doesNotContain("Fulani Ethnic Group (Mali)", "Dogon Ethnic Group (Mali)");
        }
    }

    @Test
    void shouldNameTheMilitiaOfAPeopleWithoutARowAsAcledDoes() {
        for (EnrichedArticle e : twins("Clashes between Songhai and Tuareg left three dead near Gao, Mali.",
                "Des affrontements entre Songhaï et Touareg ont fait trois morts près de Gao, au Mali.")) {
            assertThat(names(e)).contains("Songhai Ethnic Militia (Mali)", "Tuareg Ethnic Militia (Mali)");
            assertThat(e.getActors()).noneMatch(a -> a.getCategory() == ActorCategory.CIVILIANS);
        }
    }

    @Test
    void shouldCodeAForeignPriestAsAChristianCivilianOfHisCountry() {
        for (EnrichedArticle e : twins("Militants abducted an Italian priest near Makalondi, Niger.",
                "Des jihadistes ont enlevé un prêtre italien près de Makalondi, au Niger.")) {
            assertThat(names(e)).contains("Christian Group (Italy)", "Civilians (Italy)");
        }
    }

    @Test
    void shouldCodeForestGuardsAsStateForces() {
        for (EnrichedArticle e : twins("Forest guards clashed with poachers in the W park, Niger, and one guard was killed.",
                "Des gardes forestiers ont affronté des braconniers dans le parc du W, au Niger, et un garde a été tué.")) {
            assertThat(e.getActors()).anyMatch(a -> a.getCategory() == ActorCategory.STATE_FORCES
                    && "NE".equals(a.getCountryCode()));
        }
    }

    @Test
    void shouldCodeBanditsAsAnUnidentifiedArmedGroup() {
        for (EnrichedArticle e : twins("Koglweogo militiamen killed three armed bandits near Manni, Burkina Faso.",
                "Des Koglweogo ont tué trois bandits armés près de Manni, au Burkina Faso.")) {
            assertThat(names(e)).contains("Unidentified Armed Group (Burkina Faso)");
            assertThat(ids(e)).contains("koglweogo");
        }
    }

    @Test
    void shouldNotCodeHostagesFreedByTheForcesAsAParty() {
        for (EnrichedArticle e : twins("French forces clashed with JNIM militants near Dialloubé, Mali, and freed two aid workers.",
                "Les forces françaises ont affronté des combattants du JNIM près de Dialloubé, au Mali, et ont libéré deux travailleurs humanitaires.")) {
            assertThat(ids(e)).contains("france-armed-forces", "jnim");
            assertThat(e.getActors()).noneMatch(a -> a.getCategory() == ActorCategory.CIVILIANS);
        }
    }

    @Test
    void shouldNotCodeTheMissionAProtestIsAgainstAsAParty() {
        for (EnrichedArticle e : twins("Protesters in Kidal, Mali, demonstrated against MINUSMA.",
                "Des manifestants ont protesté à Kidal, au Mali, contre la MINUSMA.", IN_2019)) {
            assertThat(names(e)).contains("Protesters (Mali)");
            assertThat(ids(e)).doesNotContain("minusma");
        }
    }

    @Test
    void shouldCodePoliceThatFireOnProtestersAsAParty() {
        for (EnrichedArticle e : twins("Malian police fired live rounds at protesters in Bamako, Mali, killing three.",
                "La police malienne a tiré à balles réelles sur des manifestants à Bamako, au Mali, tuant trois personnes.")) {
            assertThat(ids(e)).contains("mali-police");
        }
    }

    @Test
    void shouldNotMakeJihadistsOrRebelsNamedByTheirPeopleACommunalMilitia() {
        for (EnrichedArticle e : twins("Fulani jihadists attacked an army post near Mopti, Mali.",
                "Des jihadistes peuls ont attaqué un poste de l'armée près de Mopti, au Mali.")) {
            assertThat(names(e)).contains("Islamist Militants (Mali)").doesNotContain("Fulani Ethnic Group (Mali)");
            assertThat(ids(e)).doesNotContain("fulani-militia");
        }
        for (EnrichedArticle e : twins("Tuareg rebels attacked an army post near Kidal, Mali.",
                "Des rebelles touareg ont attaqué un poste de l'armée près de Kidal, au Mali.")) {
            assertThat(e.getActors()).noneMatch(a -> a.getCategory() == ActorCategory.IDENTITY_MILITIA
                    || a.getCategory() == ActorCategory.CIVILIANS);
        }
    }

    private static org.sahelwatch.avro.EventTag eventOf(EnrichedArticle e, org.sahelwatch.avro.EventType type) {
        return e.getEvents().stream().filter(ev -> ev.getEventType() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " event in " + e.getEvents()));
    }

    @Test
    void shouldCodeForcesNamedByTwoDemonymsAsAssociatedWhenTheySupportTheArmy() {
        for (EnrichedArticle e : twins(
                "The Nigerien army, with support from U.S. and French forces, attacked Chadian rebels near Bilma, Niger.",
                "L'armée nigérienne, avec le soutien de forces américaines et françaises, a attaqué des rebelles tchadiens près de Bilma, au Niger.")) {
            assertThat(ids(e)).contains("niger-armed-forces", "us-armed-forces", "france-armed-forces");
            org.sahelwatch.avro.EventTag battle = eventOf(e, org.sahelwatch.avro.EventType.BATTLES);
            assertThat(battle.getAssociatedActorIds()).contains("us-armed-forces", "france-armed-forces")
                    .doesNotContain("niger-armed-forces");
        }
    }

    @Test
    void shouldCodeAForeignNationalAsACivilianOfHisCountry() {
        for (EnrichedArticle e : twins("Soldiers shot dead an American national in front of a camp in Ouagadougou, Burkina Faso.",
                "Des soldats ont abattu un ressortissant américain devant un camp à Ouagadougou, au Burkina Faso.")) {
            assertThat(names(e)).contains("Civilians (United States)").doesNotContain("Civilians (Burkina Faso)");
        }
        assertThat(names(tag("Deputies of the National Assembly met in Bamako, Mali.", "en", NOW)))
                .noneMatch(n -> n.startsWith("Civilians"));
    }

    @Test
    void shouldCodeAnArmedGroupAsAPartyButNotTheGroupItDescribes() {
        for (EnrichedArticle e : twins("The MAA took the town of Ber, Mali, from an armed group.",
                "Le MAA a pris la ville de Ber, au Mali, à un groupe armé.")) {
            assertThat(names(e)).contains("Unidentified Armed Group (Mali)");
        }
        for (EnrichedArticle e : twins("MIA, a new armed group, split from Ansar Dine in Kidal, Mali.",
                "Le MIA, un nouveau groupe armé, a fait scission d'Ansar Dine à Kidal, au Mali.")) {
            assertThat(ids(e)).contains("mia", "ansar-dine");
            assertThat(names(e)).noneMatch(n -> n.startsWith("Unidentified Armed Group"));
        }
    }

    @Test
    void shouldCodeTheUnnamedLayerOfAnIedAsAnUnidentifiedArmedGroup() {
        for (EnrichedArticle e : twins("Six GATIA members were killed by the explosion of an IED near Tarkint, Mali.",
                "Six membres du GATIA ont été tués par l'explosion d'un engin explosif improvisé près de Tarkint, au Mali.")) {
            org.sahelwatch.avro.EventTag blast = eventOf(e, org.sahelwatch.avro.EventType.EXPLOSIONS_REMOTE_VIOLENCE);
            assertThat(blast.getActorIds()).containsExactly("unidentified-armed-group-ml", "gatia");
            assertThat(blast.getFatalities()).isEqualTo(6);
        }
        // the layer named in a later sentence: no unidentified group
        EnrichedArticle named = tag("A Malian army vehicle struck an IED near Ganida, Mali. The device was likely planted "
                + "by JNIM militants.", "en", NOW);
        assertThat(names(named)).noneMatch(n -> n.startsWith("Unidentified Armed Group"));
    }

    @Test
    void shouldCodeAFulaniMilitiaWithPastoralistsAsAssociatedActor() {
        for (EnrichedArticle e : twins("Fulani militiamen killed a young Dogon near Bankass, Mali.",
                "Des miliciens peuls ont tué un jeune Dogon près de Bankass, au Mali.")) {
            assertThat(ids(e)).contains("fulani-militia", "pastoralists-ml");
            org.sahelwatch.avro.EventTag attack = eventOf(e, org.sahelwatch.avro.EventType.VIOLENCE_AGAINST_CIVILIANS);
            assertThat(attack.getAssociatedActorIds()).containsExactly("pastoralists-ml");
        }
        // the Dogon hunters' militia takes no livelihood
        EnrichedArticle dogon = tag("Dogon militiamen killed two Fulani herders near Bankass, Mali.", "en", NOW);
        assertThat(dogon.getEvents()).allSatisfy(ev -> assertThat(ev.getAssociatedActorIds()).isEmpty());
    }

    @org.junit.jupiter.api.Disabled("known miss of model events-b722003da723: the confrontation is read as a protest, so the crowd stays protesters (the police is right)")
    @Test
    void shouldCodeSecurityForcesFacingRiotersWithoutAnArmedGroupAsPolice() {
        for (EnrichedArticle e : twins("There were three days of rioting at Diffa, Niger. The inhabitants took to the streets "
                        + "to demand jobs. Clashes broke out between them and the security agents.",
                "Il y a eu trois jours d'émeutes à Diffa, au Niger. Les habitants sont descendus dans la rue pour "
                        + "réclamer des emplois. Des affrontements ont éclaté entre eux et les agents de sécurité.")) {
            assertThat(ids(e)).contains("niger-police", "rioters-ne").doesNotContain("niger-armed-forces");
        }
    }

    @org.junit.jupiter.api.Disabled("known miss of model events-b722003da723: \"resulted in confrontations with security forces\" is read as a protest")
    @Test
    void shouldReadConfrontationsOfAProtestWithSecurityForcesAsARiotWithRioters() {
        for (EnrichedArticle e : twins("A protest organised by students in Maradi, Niger, resulted in confrontations with security forces.",
                "Une manifestation organisée par des élèves à Maradi, au Niger, a donné lieu à des heurts avec les forces de sécurité.")) {
            assertThat(e.getEvents().get(0).getEventType()).isEqualTo(org.sahelwatch.avro.EventType.RIOTS);
            assertThat(ids(e)).contains("rioters-ne", "niger-police");
        }
        // a riot whose crowd no phrase names still has rioters
        EnrichedArticle unnamed = tag("On April 15, prostesters demonstrating against the budget clashed with security forces "
                + "in Niamey, Niger.", "en", NOW);
        assertThat(names(unnamed)).contains("Rioters (Niger)");
    }

    @org.junit.jupiter.api.Disabled("known miss of model events-b722003da723: two Soninke camps clashing is read as an attack or an armed clash, not mob violence")
    @Test
    void shouldCodeUnarmedPeopleClashingAsMobViolenceBetweenRioters() {
        for (EnrichedArticle e : twins("Two camps of the Soninke community clashed in Tomora, Mali. Twelve people were wounded.",
                "Deux camps de la communauté soninké se sont affrontés à Tomora, au Mali. Douze personnes ont été blessées.")) {
            assertThat(e.getEvents()).hasSize(1);
            org.sahelwatch.avro.EventTag brawl = e.getEvents().get(0);
            assertThat(brawl.getEventType()).isEqualTo(org.sahelwatch.avro.EventType.RIOTS);
            assertThat(brawl.getSubEventType()).isEqualTo("Mob violence");
            assertThat(brawl.getActorIds()).contains("rioters-ml");
            assertThat(brawl.getAssociatedActorIds()).containsExactly("ethnic-soninke-ml");
            assertThat(names(e)).doesNotContain("Civilians (Mali)");
        }
        // with an armed party, or with dead, it stays a battle
        EnrichedArticle armed = tag("Soldiers and villagers clashed in Tomora, Mali.", "en", NOW);
        assertThat(armed.getEvents()).noneMatch(ev -> "Mob violence".equals(ev.getSubEventType()));
        EnrichedArticle deadly = tag("Two camps of the Soninke community clashed in Tomora, Mali, killing three people.", "en", NOW);
        assertThat(deadly.getEvents()).noneMatch(ev -> "Mob violence".equals(ev.getSubEventType()));
    }

    @Test
    void shouldTagAnOrganisationNamedWithItsAcronym() {
        for (EnrichedArticle e : twins("Hundreds of women marched in Ouagadougou, Burkina Faso. The march was organised by "
                        + "the Coalition of Housing Rights Associations (CADDL). The CADDL demanded housing.",
                "Des centaines de femmes ont marché à Ouagadougou, au Burkina Faso. La marche était organisée par le "
                        + "Collectif des associations de défense du droit au logement (CADDL). Le CADDL réclame des logements.")) {
            ActorTag org = e.getActors().stream().filter(a -> a.getActorId().equals("org-caddl-bf")).findFirst().orElseThrow();
            assertThat(org.getName()).endsWith(" (CADDL)").startsWith("C");
            assertThat(org.getCategory()).isEqualTo(ActorCategory.OTHER);
            assertThat(org.getMentions()).hasSize(2);
        }
        assertThat(names(tag("The army attacked a village in Mopti (Mali) and the Mopti Region (MR) office.", "en", NOW)))
                .noneMatch(n -> n.contains("(MR)"));
    }

    @Test
    void shouldTagCivilSocietyOrganisationsPartiesAndTheirAcronyms() {
        for (EnrichedArticle e : twins("Members of the CCVC and the AEEM marched in Bamako, Mali.",
                "Des membres de la CCVC et de l'AEEM ont marché à Bamako, au Mali.")) {
            assertThat(ids(e)).contains("ccvc", "aeem");
        }
        for (EnrichedArticle e : twins("The Tamachek community staged a march in Timbuktu, Mali.",
                "La communauté tamachek a organisé une marche à Tombouctou, au Mali.")) {
            assertThat(names(e)).contains("Tuareg Ethnic Group (Mali)");
        }
    }

    @Test
    void shouldPlaceUnnamedMilitantsInTheCountryOfTheEventNotOfTheForeignForceFightingThem() {
        for (EnrichedArticle e : twins("Near Ménaka, Mali, the French forces called in air strikes that killed several militants.",
                "Près de Ménaka, au Mali, les forces françaises ont fait appel à des frappes aériennes qui ont tué plusieurs jihadistes.")) {
            assertThat(names(e)).contains("Islamist Militants (Mali)").doesNotContain("Islamist Militants (France)");
        }
    }

    @Test
    void shouldCodeTheIslamistsOfABattleAgainstForeignTroopsAsAParty() {
        for (EnrichedArticle e : twins("Islamists seized control of Kala after a battle against French and Malian troops.",
                "Des islamistes ont pris le contrôle de Kala à l'issue d'une bataille contre les troupes françaises et maliennes.")) {
            assertThat(names(e)).contains("Islamist Militants (Mali)");
        }
    }

    @Test
    void shouldReadSeparatistsAsTheSeparatistGroupTheArticleNamesAndTheirPeopleAsNoVictim() {
        for (EnrichedArticle e : twins("The Malian army retook Kidal, Mali, from Tuareg separatists. The CMA left the town.",
                "L'armée malienne a repris Kidal, au Mali, aux séparatistes touareg. La CMA a quitté la ville.")) {
            assertThat(ids(e)).contains("mali-armed-forces", "cma");
            assertThat(names(e)).doesNotContain("Tuareg Ethnic Group (Mali)", "Unidentified Armed Group (Mali)");
        }
        // no separatist group named: an unidentified armed group
        for (EnrichedArticle e : twins("The Malian army retook Kidal, Mali, from separatist forces.",
                "L'armée malienne a repris Kidal, au Mali, aux forces séparatistes.")) {
            assertThat(names(e)).contains("Unidentified Armed Group (Mali)");
        }
        // a people qualifying forces is no victim
        assertThat(names(tag("Tuareg forces clashed with the army near Kidal, Mali.", "en", NOW)))
                .doesNotContain("Tuareg Ethnic Group (Mali)", "Civilians (Mali)");
    }
}
