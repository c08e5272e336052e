package org.sahelwatch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link EvalReport} as plain text (the {@code eval} command prints it). */
public final class ReportFormatter {

    private static final int NAME_WIDTH = 28;

    private ReportFormatter() {
    }

    /** The metrics table, per-language tables when grouped, the totals and the tagging time. */
    public static String table(EvalReport report) {
        StringBuilder out = new StringBuilder();
        out.append("ACLED evaluation: ").append(report.rowsEvaluated()).append(" rows\n");
        appendTable(out, report.overall(), "");
        appendMatchKinds(out, report);
        if (report.languageColumn() != null) {
            for (Map.Entry<String, Tally> e : report.byLanguage().entrySet()) {
                out.append('\n').append(report.languageColumn()).append(" = ").append(e.getKey())
                        .append(": ").append(e.getValue().rows()).append(" rows\n");
                appendTable(out, e.getValue(), "  ");
            }
        }
        for (Map.Entry<String, Tally> e : report.byRegionMention().entrySet()) {
            out.append('\n').append(e.getKey()).append(": ").append(e.getValue().rows()).append(" rows\n");
            appendTable(out, e.getValue(), "  ");
        }
        out.append('\n');
        appendTotals(out, report);
        return out.toString();
    }

    /**
     * Per-class precision, recall and F1 of the event types (with their confusion matrix) and of the
     * sub-event types, over all rows and per group.
     */
    public static String classes(EvalReport report) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, org.sahelwatch.learn.Confusion> e : report.typeConfusion().entrySet()) {
            out.append("\nEvent types, ").append(e.getKey().equals("all") ? "all rows" : e.getKey())
                    .append(" (truth: ACLED's type; NONE: no event found)\n");
            out.append(e.getValue().perClassTable("  ")).append(e.getValue().matrix("  "));
        }
        for (Map.Entry<String, org.sahelwatch.learn.Confusion> e : report.subTypeConfusion().entrySet()) {
            out.append("\nSub-event types, ").append(e.getKey().equals("all") ? "all rows" : e.getKey()).append('\n');
            out.append(e.getValue().perClassTable("  "));
        }
        return out.toString();
    }

    /** Every miss, grouped by metric, each with its notes indented. */
    public static String errors(EvalReport report) {
        StringBuilder out = new StringBuilder();
        Metric current = null;
        for (Miss miss : report.misses()) {
            if (miss.metric() != current) {
                current = miss.metric();
                long n = report.misses().stream().filter(m -> m.metric() == miss.metric()).count();
                out.append("\n== ").append(current.label()).append(": ").append(n).append(" misses\n");
            }
            out.append(miss.rowId()).append(" (line ").append(miss.line()).append(") ").append(current.label())
                    .append(": expected ").append(miss.expected()).append(", got ").append(miss.got()).append('\n');
            out.append("    ").append(miss.notes().replaceAll("\\s*\\R\\s*", " ")).append('\n');
        }
        return out.toString();
    }

    /** The tagging time per row. */
    public static String timing(EvalReport report) {
        if (report.rowsEvaluated() == 0) {
            return "tagging time: no row tagged\n";
        }
        return String.format(Locale.ROOT, "tagging time per row: mean %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms"
                        + " (%d rows, one thread, first row included)%n",
                report.meanTagMillis(), report.tagMillisPercentile(50), report.tagMillisPercentile(95),
                report.tagMillisPercentile(100), report.rowsEvaluated());
    }

    private static void appendTable(StringBuilder out, Tally tally, String indent) {
        out.append(metrics(tally, indent, List.of(Metric.values())));
    }

    /** The table of some metrics of a tally, one line each. */
    static String metrics(Tally tally, String indent, List<Metric> metrics) {
        StringBuilder out = new StringBuilder();
        for (Metric metric : metrics) {
            Score score = tally.score(metric);
            out.append(indent).append(pad(metric.label(), NAME_WIDTH))
                    .append(String.format(Locale.ROOT, "%5d / %-5d = %s", score.hits(), score.total(), ratio(score.ratio())));
            if (metric == Metric.ACTOR_CATEGORY) {
                out.append(String.format(Locale.ROOT, "   (2TP / (2TP+FP+FN); TP %d, FP %d, FN %d; P %s, R %s)",
                        tally.truePositives(), tally.falsePositives(), tally.falseNegatives(),
                        ratio(tally.precision()), ratio(tally.recall())));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void appendMatchKinds(StringBuilder out, EvalReport report) {
        for (Map.Entry<Metric, Map<AdminNames.Match, Integer>> e : report.matchKinds().entrySet()) {
            List<String> parts = new ArrayList<>();
            e.getValue().forEach((kind, n) -> parts.add(n + " " + kind.name().toLowerCase(Locale.ROOT)));
            out.append("  (").append(e.getKey().label()).append(" hits by kind of name match: ")
                    .append(String.join(", ", parts)).append(")\n");
        }
    }

    private static void appendTotals(StringBuilder out, EvalReport report) {
        int skipped = report.skipped().size();
        out.append("rows read: ").append(report.rowsRead()).append(", evaluated: ").append(report.rowsEvaluated())
                .append(", skipped: ").append(skipped).append('\n');
        for (EvalReport.Skipped s : report.skipped()) {
            out.append("  skipped line ").append(s.line());
            if (s.rowId() != null) {
                out.append(" (").append(s.rowId()).append(')');
            }
            out.append(": ").append(s.reason()).append('\n');
        }
        report.remarks().forEach((text, n) -> out.append("  ").append(n).append(" rows: ").append(text).append('\n'));
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "n/a" : String.format(Locale.ROOT, "%.3f", r);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
