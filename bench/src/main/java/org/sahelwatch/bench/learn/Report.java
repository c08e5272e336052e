package org.sahelwatch.bench.learn;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.sahelwatch.training.TrainingSet;

/** The Markdown report of {@link ModelLibraries}. */
final class Report {

    private static final List<String> PARTS = List.of("acled en", "acled fr", "news", "all");
    private static final List<String> ALL_PARTS = List.of("acled en", "acled fr", "news en", "news fr", "news", "all");

    private Report() {
    }

    static String render(ModelLibraries bench, TrainingSet set, List<ModelLibraries.Result> results, double extractionMicros,
                         String loadBefore, String loadAfter) {
        StringBuilder out = new StringBuilder();
        Options o = bench.options();
        out.append("# Learning libraries for the event model, ").append(LocalDate.now(ZoneOffset.UTC)).append("\n\n");
        out.append("- Command: `" + ModelLibraries.COMMAND)
                .append(o.args.isEmpty() ? "" : " " + String.join(" ", o.args)).append("`\n");
        out.append("- Code: commit ").append(commit()).append("; JDK ").append(System.getProperty("java.version"))
                .append("; ").append(Runtime.getRuntime().availableProcessors()).append(" cores; max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB\n");
        out.append("- Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter).append("\n");
        out.append("- Data, read as `sahelwatch train` reads it");
        if (o.sample > 1) {
            out.append(" (**1 example in ").append(o.sample).append(" only**)");
        }
        out.append(":\n");
        for (TrainingSet.Source s : set.sources()) {
            out.append("  - `").append(s.path()).append("`: ").append(s.rows()).append(" rows, ").append(s.examples())
                    .append(" examples\n");
        }
        ModelLibraries.Result first = results.get(0);
        out.append("  - examples per part: ");
        for (String part : ALL_PARTS) {
            if (first.parts.containsKey(part)) {
                out.append(part).append(" ").append(first.parts.get(part).types.total()).append(part.equals("all") ? "" : ", ");
            }
        }
        out.append("\n- Features (the same for every contender): `TextFeatures` (character 2–5-grams, word uni- and"
                + " bigrams, named features) of the inputs `EventModelTraining.prepare` made, sublinear TF × IDF from a"
                + " `Vocabulary` of the training folds only (features in ≥ 2 examples), L2-normalised; ")
                .append(o.folds).append(" folds by group (`learn/Folds`).\n");
        out.append(String.format(Locale.ROOT, "- Feature extraction and weighting, paid by every contender: %.1f µs per"
                + " input (one thread, after warm-up); not in the prediction times below.%n%n", extractionMicros));

        out.append("## Accuracy on the held-out folds\n\n");
        out.append("Sub-event type as the tagger reads it: the type classifier's class, then the sub-type classifier's best"
                + " sub-type of that type (NONE when the type is NONE). Macro-F1: over all held-out examples.\n\n");
        out.append("| contender | ACLED en: type | sub-type | ACLED fr: type | sub-type | news: type | sub-type |"
                + " all: type | sub-type | macro-F1 type | macro-F1 sub-type |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ModelLibraries.Result r : results) {
            out.append("| ").append(r.contender.name());
            for (String part : PARTS) {
                ModelLibraries.Part p = r.parts.get(part);
                out.append(p == null ? " | – | –" : String.format(Locale.ROOT, " | %.3f | %.3f", p.types.accuracy(),
                        p.subTypes.accuracy()));
            }
            ModelLibraries.Part all = r.parts.get("all");
            out.append(String.format(Locale.ROOT, " | %.3f | %.3f |%n", all.types.macroF1(), all.subTypes.macroF1()));
        }

        out.append("\n## Cost\n\n");
        out.append("Training: both classifiers on every example, with the chosen settings, library input conversion"
                + " included, twice (the second run checks determinism: its scores compared bit for bit with the first's,"
                + " and its file byte for byte). Prediction: both classifiers' scores for one weighted vector, through"
                + " the library's own API, one thread, the median of 5 passes over every 8th example (")
                .append(first.timedSentences).append(" sentences; determinism checked on them too) after 3 warm-up passes. Memory: the two classifiers' object"
                + " graphs (JOL), with what they need to predict (Tribuo and OpenNLP: the feature-name table). Model file:"
                + " vocabulary + both classifiers, gzipped, as the product would ship it (liblinear: the project's own"
                + " file, 8-bit weights; others: the same vocabulary part + the library's own files).\n\n");
        out.append("| contender | settings | training, full set (s) | predict µs / sentence | memory MB |"
                + " model file KB | library files, raw KB | same scores when trained again | same file |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (ModelLibraries.Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | types %s, sub-types %s | %.1f / %.1f | %.1f | %.1f | %,d | %s | %s | %s |%n",
                    r.contender.name(), r.typeSetting, r.subTypeSetting, r.fullTrainSeconds[0],
                    r.fullTrainSeconds[1], r.predictMicros, r.memoryBytes / 1e6, Math.round(r.fileBytes / 1e3),
                    r.serialisedBytes == 0 ? "–" : String.format(Locale.ROOT, "%,d", Math.round(r.serialisedBytes / 1e3)),
                    r.sameScores ? "yes" : "**no**", r.sameBytes ? "yes" : "no"));
        }

        out.append("\n## Settings\n\nChosen once per classifier, on a validation quarter (by group) of the first fold's"
                + " training examples, trained on the other three quarters (validation accuracy of each setting):\n\n");
        for (ModelLibraries.Result r : results) {
            out.append("- ").append(r.contender.name()).append(String.format(Locale.ROOT,
                    " (training time of the %d cross-validation models: %.0f s): ", o.folds, r.cvTrainSeconds))
                    .append(r.choices.isEmpty() ? "one setting, nothing to choose" : String.join("; ", r.choices))
                    .append("\n");
        }

        out.append("\n## Per part\n\n```\n");
        for (ModelLibraries.Result r : results) {
            for (String part : ALL_PARTS) {
                ModelLibraries.Part p = r.parts.get(part);
                if (p == null) {
                    continue;
                }
                out.append(String.format(Locale.ROOT,
                        "%-15s %-9s type %.3f (%5d/%5d) macro-F1 %.3f | sub-type %.3f macro-F1 %.3f | sub-type classifier alone %.3f%n",
                        r.contender.name(), part, p.types.accuracy(), p.types.correct(), p.types.total(),
                        p.types.macroF1(), p.subTypes.accuracy(), p.subTypes.macroF1(), p.subTypesAlone.accuracy()));
            }
        }
        out.append("```\n\n## Contenders\n\n");
        for (ModelLibraries.Result r : results) {
            out.append("- ").append(r.contender.name()).append(": ").append(r.contender.describe()).append("; grid: types ")
                    .append(r.contender.typeGrid()).append(", sub-types ").append(r.contender.subTypeGrid()).append("\n");
        }
        return out.toString();
    }

    private static String commit() {
        try {
            Process p = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor() == 0 ? "`" + s + "`" : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
