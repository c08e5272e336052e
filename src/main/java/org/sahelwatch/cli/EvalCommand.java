package org.sahelwatch.cli;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.eval.AcledCsv;
import org.sahelwatch.eval.EvalReport;
import org.sahelwatch.eval.Evaluator;
import org.sahelwatch.eval.ReportFormatter;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sahelwatch eval}: measures the tagger against ACLED-coded events, offline. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure the tagger against ACLED event records (offline, no Kafka).",
                "Each row's notes is tagged as an article and compared with ACLED's coding: country, admin1,"
                        + " admin2, focus within 25 km, event type, sub-event type, fatalities, actor categories"
                        + " and named actors. Prints one metric per line as hits / total = ratio."})
final class EvalCommand implements Callable<Integer> {

    @Mixin
    SettingsOptions settings;

    @Option(names = "--acled", required = true, paramLabel = "FILE.csv",
            description = "ACLED export: CSV with a header; needs the columns notes and country.")
    Path acled;

    @Option(names = "--errors", description = "After the table, list every miss (row id, metric, expected, got, notes).")
    boolean errors;

    @Option(names = "--language-column", paramLabel = "NAME",
            description = "Column holding each row's language (ISO 639-1): passed to the tagger and used to report"
                    + " every metric per language (default: 'language' when the file has it).")
    String languageColumn;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(acled)) {
            System.err.println("sahelwatch eval: cannot read " + acled);
            return 2;
        }
        AcledCsv.Result csv;
        try (BufferedReader in = Files.newBufferedReader(acled, StandardCharsets.UTF_8)) {
            csv = AcledCsv.read(in, languageColumn == null ? List.of() : List.of(languageColumn));
        } catch (AcledCsv.MissingColumnException e) {
            System.err.println("sahelwatch eval: " + acled + ": " + e.getMessage());
            return 2;
        }
        String groupBy = languageColumn != null ? languageColumn.strip().toLowerCase(java.util.Locale.ROOT)
                : csv.hasColumn(AcledCsv.LANGUAGE) ? AcledCsv.LANGUAGE : null;

        SahelwatchConfig config = settings.load();
        Tagger tagger = new Tagger(TaggingDictionary.load(config.dictionarySource(),
                config.getList(SahelwatchConfig.GAZETTEER_FILES)));
        Instant processedAt = Clock.systemUTC().instant();
        EvalReport report = new Evaluator(tagger).evaluate(csv, groupBy, processedAt);

        System.out.print(ReportFormatter.table(report));
        if (errors) {
            System.out.print(ReportFormatter.errors(report));
            System.out.println();
        }
        System.out.print(ReportFormatter.timing(report));
        return report.rowsEvaluated() == 0 ? 2 : 0;
    }
}
