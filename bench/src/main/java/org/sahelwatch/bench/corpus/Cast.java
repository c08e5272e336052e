package org.sahelwatch.bench.corpus;

import java.util.List;

/**
 * The names the generated reports use besides the towns: the five Sahel countries with their armies
 * and armed groups (spelt as {@code config/actors.tsv} knows them), theatres of other wars, places of
 * world news, and fictional outlets (no real outlet is made to sign a made-up report).
 */
final class Cast {

    private Cast() {
    }

    /** A Sahel country in English and French; {@code weight} is its share of the Sahel reports. */
    record SahelCountry(String code, int weight, String nameEn, String nameFr, String le, String au, String du,
                        String armyEn, String armyFr, String capital, List<String> groupsEn, List<String> groupsFrDe) {
    }

    /** A place of news outside the Sahel; {@code party1}/{@code party2} are the sides of a war there. */
    record Theatre(String countryEn, String countryFr, String cityEn, String cityFr,
                   String party1En, String party1Fr, String party2En, String party2Fr) {
    }

    private static final List<String> ML_GROUPS_EN = List.of("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
            "the Islamic State Sahel Province", "Katiba Macina");
    private static final List<String> ML_GROUPS_FR = List.of("du Groupe de soutien à l'islam et aux musulmans (GSIM)",
            "de l'État islamique au Sahel", "de la Katiba Macina");

    static final List<SahelCountry> SAHEL = List.of(
            new SahelCountry("ML", 35, "Mali", "Mali", "Le Mali", "au Mali", "du Mali",
                    "the Malian army", "l'armée malienne", "Bamako", ML_GROUPS_EN, ML_GROUPS_FR),
            new SahelCountry("BF", 30, "Burkina Faso", "Burkina Faso", "Le Burkina Faso", "au Burkina Faso",
                    "du Burkina Faso", "the Burkinabe army", "l'armée burkinabè", "Ouagadougou",
                    List.of("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "Ansaroul Islam", "the Islamic State Sahel Province"),
                    List.of("du GSIM", "d'Ansaroul Islam", "de l'État islamique au Sahel")),
            new SahelCountry("NE", 20, "Niger", "Niger", "Le Niger", "au Niger", "du Niger",
                    "the Nigerien army", "l'armée nigérienne", "Niamey",
                    List.of("the Islamic State Sahel Province", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "Boko Haram"),
                    List.of("de l'État islamique au Sahel", "du GSIM", "de Boko Haram")),
            new SahelCountry("TD", 10, "Chad", "Tchad", "Le Tchad", "au Tchad", "du Tchad",
                    "the Chadian army", "l'armée tchadienne", "N'Djamena",
                    List.of("Boko Haram", "the Islamic State West Africa Province (ISWAP)"),
                    List.of("de Boko Haram", "de l'État islamique en Afrique de l'Ouest")),
            new SahelCountry("MR", 5, "Mauritania", "Mauritanie", "La Mauritanie", "en Mauritanie", "de la Mauritanie",
                    "the Mauritanian army", "l'armée mauritanienne", "Nouakchott",
                    List.of("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"), List.of("du GSIM")));

    static final List<Theatre> WARS = List.of(
            new Theatre("Sudan", "Soudan", "Khartoum", "Khartoum", "the Sudanese army", "l'armée soudanaise",
                    "the Rapid Support Forces", "les Forces de soutien rapide"),
            new Theatre("Ukraine", "Ukraine", "Kharkiv", "Kharkiv", "Russian forces", "les forces russes",
                    "Ukrainian troops", "les troupes ukrainiennes"),
            new Theatre("Democratic Republic of the Congo", "République démocratique du Congo", "Goma", "Goma",
                    "M23 rebels", "les rebelles du M23", "the Congolese army", "l'armée congolaise"),
            new Theatre("Somalia", "Somalie", "Mogadishu", "Mogadiscio", "al-Shabaab fighters", "les combattants shebab",
                    "Somali troops", "les troupes somaliennes"),
            new Theatre("Nigeria", "Nigeria", "Maiduguri", "Maiduguri", "Boko Haram fighters",
                    "les combattants de Boko Haram", "the Nigerian army", "l'armée nigériane"),
            new Theatre("Myanmar", "Birmanie", "Mandalay", "Mandalay", "the military", "l'armée birmane",
                    "resistance forces", "les forces de la résistance"));

    static final List<Theatre> WORLD = List.of(
            new Theatre("France", "France", "Paris", "Paris", "", "", "", ""),
            new Theatre("Brazil", "Brésil", "São Paulo", "São Paulo", "", "", "", ""),
            new Theatre("Japan", "Japon", "Tokyo", "Tokyo", "", "", "", ""),
            new Theatre("Kenya", "Kenya", "Nairobi", "Nairobi", "", "", "", ""),
            new Theatre("Germany", "Allemagne", "Berlin", "Berlin", "", "", "", ""),
            new Theatre("India", "Inde", "Mumbai", "Bombay", "", "", "", ""),
            new Theatre("Canada", "Canada", "Montreal", "Montréal", "", "", "", ""),
            new Theatre("Senegal", "Sénégal", "Dakar", "Dakar", "", "", "", ""));

    /** Outlets carry no place name: the body quotes them ("told Harmattan Post"). */
    static final List<String> OUTLETS_EN = List.of("Harmattan Post", "Continental Newswire", "The River Gazette",
            "Daily Crossroads", "Desert Star Media", "Frontline Reports", "Morning Ledger", "Evening Courier",
            "Open Road Radio", "Market Square News", "The Daily Lantern", "Northern Bulletin");
    static final List<String> OUTLETS_FR = List.of("Le Courrier du Fleuve", "L'Écho des Dunes", "Agence Harmattan Presse",
            "Radio Carrefour", "Le Journal des Deux Rives", "Horizon Matin", "La Gazette du Soir", "Le Messager du Matin",
            "L'Observateur Hebdo", "Radio Lumière", "La Voix des Villages", "Le Quotidien Libre");

    static final List<String> DAYS_EN = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    static final List<String> DAYS_FR = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
}
