package org.sahelwatch.cli;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.eval.AcledCsv;
import org.sahelwatch.eval.AcledRow;
import org.sahelwatch.eval.EvalReport;
import org.sahelwatch.eval.Evaluator;
import org.sahelwatch.eval.HeadlineEvaluation;
import org.sahelwatch.eval.NewsEvaluation;
import org.sahelwatch.eval.ReportFormatter;
import org.sahelwatch.eval.UcdpCoding;
import org.sahelwatch.learn.EventTrainer;
import org.sahelwatch.learn.TrainingData;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingDictionary;
import org.sahelwatch.training.FoldTaggers;
import org.sahelwatch.training.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sahelwatch eval}: measures the tagger, offline, on text it was not trained on. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure the tagger (offline, no Kafka) on text it was not trained on.",
                "--acled FILE: each row's notes is tagged as an article by the shipped tagger and compared with ACLED's"
                        + " coding (country, admin1, admin2, focus within 25 km, event type, sub-event type, fatalities,"
                        + " actor categories, named actors). Use it on files the model was not trained on"
                        + " (../shared/eval/acled-dev.csv).",
                "--cv K --acled FILE...: K-fold cross-validation: the model is retrained per fold on the other folds"
                        + " (with the news training sentences) and tags the held-out rows; a file with notes_fr is"
                        + " evaluated in French and English.",
                "--news FILE: the held-apart news test set (config/eval/news-test.tsv).",
                "--ucdp FILE --ucdp-labels FILE: real UCDP headlines against hand labels."})
final class EvalCommand implements Callable<Integer> {

    @Mixin
    SettingsOptions settings;

    @Option(names = "--acled", arity = "1..*", paramLabel = "FILE.csv",
            description = "ACLED export(s): CSV with a header; needs the columns notes and country.")
    List<Path> acled = new ArrayList<>();

    @Option(names = "--cv", paramLabel = "K", defaultValue = "0",
            description = "Cross-validate in K folds on the --acled files (0, the default: evaluate the shipped tagger).")
    int folds;

    @Option(names = "--train-news", arity = "0..*", split = ",", paramLabel = "FILE.tsv",
            defaultValue = "config/training",
            description = "With --cv: news-style training sentences every fold also learns from (default: ${DEFAULT-VALUE}).")
    List<Path> trainNews;

    @Option(names = "--news", paramLabel = "FILE.tsv", description = "Labelled news headlines and sentences to score.")
    Path news;

    @Option(names = "--ucdp", paramLabel = "FILE.csv", description = "UCDP GED export with source_headline.")
    Path ucdp;

    @Option(names = "--ucdp-labels", paramLabel = "FILE.tsv", defaultValue = "config/eval/ucdp-headline-labels.tsv",
            description = "Hand labels of the UCDP headlines (default: ${DEFAULT-VALUE}).")
    Path ucdpLabels;

    @Option(names = "--errors", description = "After the table, list every miss (row id, metric, expected, got, notes).")
    boolean errors;

    @Option(names = "--per-class", description = "Per-class precision, recall and F1, and the event-type confusion matrix.")
    boolean perClass;

    @Option(names = "--language-column", paramLabel = "NAME",
            description = "Column holding each row's language (ISO 639-1): passed to the tagger and used to report"
                    + " every metric per language (default: 'language' when the file has it).")
    String languageColumn;

    @Override
    public Integer call() throws Exception {
        if (acled.isEmpty() && news == null && ucdp == null) {
            System.err.println("sahelwatch eval: nothing to measure; give --acled, --news or --ucdp (see --help)");
            return 2;
        }
        List<Path> inputs = new ArrayList<>(acled);
        if (news != null) {
            inputs.add(news);
        }
        if (ucdp != null) {
            inputs.add(ucdp);
            inputs.add(ucdpLabels);
        }
        for (Path p : inputs) {
            if (!Files.isReadable(p)) {
                System.err.println("sahelwatch eval: cannot read " + p);
                return 2;
            }
        }
        SahelwatchConfig config = settings.load();
        Instant processedAt = Clock.systemUTC().instant();
        int status = 0;
        if (folds > 0) {
            status = crossValidate(config, processedAt);
        } else if (!acled.isEmpty()) {
            status = acled(config, processedAt);
        }
        if (news != null || ucdp != null) {
            Tagger tagger = Tagger.load(config.dictionarySource(), config.getList(SahelwatchConfig.GAZETTEER_FILES));
            System.out.println("tagger " + tagger.version());
            if (news != null) {
                List<org.sahelwatch.learn.Example> items;
                try (BufferedReader in = Files.newBufferedReader(news, StandardCharsets.UTF_8)) {
                    items = TrainingData.news(in, news.toString());
                }
                System.out.print(NewsEvaluation.report(NewsEvaluation.run(tagger, items, processedAt), perClass));
            }
            if (ucdp != null) {
                Map<String, HeadlineEvaluation.Label> labels;
                try (BufferedReader in = Files.newBufferedReader(ucdpLabels, StandardCharsets.UTF_8)) {
                    labels = HeadlineEvaluation.labels(in, ucdpLabels.toString());
                }
                try (BufferedReader in = Files.newBufferedReader(ucdp, StandardCharsets.UTF_8)) {
                    System.out.print(HeadlineEvaluation.report(HeadlineEvaluation.run(tagger, in, labels, processedAt)));
                }
                try (BufferedReader in = Files.newBufferedReader(ucdp, StandardCharsets.UTF_8)) {
                    System.out.print(UcdpCoding.report(UcdpCoding.run(tagger, in, processedAt)));
                }
            }
        }
        return status;
    }

    /** The shipped tagger on one ACLED file. */
    private int acled(SahelwatchConfig config, Instant processedAt) throws Exception {
        if (acled.size() != 1) {
            System.err.println("sahelwatch eval: without --cv, give one --acled file");
            return 2;
        }
        Path file = acled.get(0);
        AcledCsv.Result csv;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            csv = AcledCsv.read(in, languageColumn == null ? List.of() : List.of(languageColumn));
        } catch (AcledCsv.MissingColumnException e) {
            System.err.println("sahelwatch eval: " + file + ": " + e.getMessage());
            return 2;
        }
        String groupBy = languageColumn != null ? languageColumn.strip().toLowerCase(java.util.Locale.ROOT)
                : csv.hasColumn(AcledCsv.LANGUAGE) ? AcledCsv.LANGUAGE : null;
        Tagger tagger = Tagger.load(config.dictionarySource(), config.getList(SahelwatchConfig.GAZETTEER_FILES));
        System.out.println("tagger " + tagger.version());
        print(new Evaluator(tagger).evaluate(csv, groupBy, processedAt));
        return 0;
    }

    /**
     * K-fold cross-validation: every row is tagged by the tagger of its fold, trained without it. English rows
     * are grouped by scheme; the rows of a file with notes_fr are evaluated twice, in French and in English.
     */
    private int crossValidate(SahelwatchConfig config, Instant processedAt) throws Exception {
        if (acled.isEmpty()) {
            System.err.println("sahelwatch eval: --cv needs the --acled files to cross-validate on");
            return 2;
        }
        TaggingDictionary written = TaggingDictionary.loadWithoutLearned(config.dictionarySource(),
                config.getList(SahelwatchConfig.GAZETTEER_FILES));
        TrainingSet set = TrainingSet.load(acled, trainNews);
        System.err.println("Training " + folds + " fold models on " + set.examples().size() + " examples …");
        FoldTaggers taggers = FoldTaggers.train(written, set, new EventTrainer(EventTrainer.Settings.defaults()),
                folds, fold -> System.err.println("  fold " + (fold + 1) + " of " + folds + " trained"));
        List<AcledRow> rows = new ArrayList<>();
        Map<AcledRow, List<String>> groups = new HashMap<>();
        for (Path file : acled) {
            AcledCsv.Result csv;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                csv = AcledCsv.read(in);
            }
            boolean french = csv.hasColumn(TrainingData.NOTES_FR);
            for (AcledRow row : csv.rows()) {
                String scheme = row.get("acled_schema").equals("ACLED pre-2019") ? "pre-2019" : "2019+";
                if (french) {
                    AcledRow fr = withNotes(row, row.get(TrainingData.NOTES_FR), "fr");
                    AcledRow en = withNotes(row, row.get(AcledCsv.NOTES), "en");
                    rows.add(fr);
                    rows.add(en);
                    groups.put(fr, List.of("fr, " + file.getFileName()));
                    groups.put(en, List.of("en, " + file.getFileName()));
                } else {
                    AcledRow en = withNotes(row, row.get(AcledCsv.NOTES), "en");
                    rows.add(en);
                    groups.put(en, List.of("en " + scheme + ", " + file.getFileName()));
                }
            }
        }
        EvalReport report = new Evaluator(taggers.forGroup("")).evaluate(rows,
                row -> taggers.forGroup(TrainingData.groupOf(row.get("notes_en"))), AcledCsv.LANGUAGE,
                groups::get, List.of(), 0, processedAt);
        System.out.println(folds + "-fold cross-validation: each row tagged by a tagger trained without its fold");
        print(report);
        return 0;
    }

    /** A copy of the row whose notes are {@code notes}, with its language and its English notes kept apart. */
    private static AcledRow withNotes(AcledRow row, String notes, String language) {
        Map<String, String> values = new HashMap<>(row.values());
        values.put("notes_en", row.get(AcledCsv.NOTES));
        values.put(AcledCsv.NOTES, notes);
        values.put(AcledCsv.LANGUAGE, language);
        return new AcledRow(row.line(), row.number(), values);
    }

    private void print(EvalReport report) {
        System.out.print(ReportFormatter.table(report));
        if (perClass) {
            System.out.print(ReportFormatter.classes(report));
        }
        if (errors) {
            System.out.print(ReportFormatter.errors(report));
            System.out.println();
        }
        System.out.print(ReportFormatter.timing(report));
    }
}
