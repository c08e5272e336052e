package org.sahelwatch.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A confusion matrix over string labels: accuracy, per-class precision, recall and F1, macro-F1,
 * and a plain-text rendering. Not thread-safe.
 */
public final class Confusion {

    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    private int total;
    private int correct;

    public void add(String truth, String predicted) {
        counts.computeIfAbsent(truth, t -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        total++;
        if (truth.equals(predicted)) {
            correct++;
        }
    }

    public int total() {
        return total;
    }

    public int correct() {
        return correct;
    }

    public double accuracy() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }

    /** The labels seen as truth or prediction, sorted. */
    public List<String> labels() {
        java.util.SortedSet<String> labels = new java.util.TreeSet<>(counts.keySet());
        counts.values().forEach(m -> labels.addAll(m.keySet()));
        return new ArrayList<>(labels);
    }

    private int count(String truth, String predicted) {
        return counts.getOrDefault(truth, Map.of()).getOrDefault(predicted, 0);
    }

    /** Per class: {precision, recall, f1, support}. */
    public Map<String, double[]> perClass() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String label : labels()) {
            int tp = count(label, label);
            int support = counts.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            int predicted = 0;
            for (Map<String, Integer> row : counts.values()) {
                predicted += row.getOrDefault(label, 0);
            }
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = support == 0 ? 0 : (double) tp / support;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            out.put(label, new double[] {p, r, f, support});
        }
        return out;
    }

    /** The mean F1 of the classes that occur as truth. */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (double[] v : perClass().values()) {
            if (v[3] > 0) {
                sum += v[2];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Per-class precision, recall, F1 and support, one line each. */
    public String perClassTable(String indent) {
        StringBuilder out = new StringBuilder();
        out.append(indent).append(String.format(Locale.ROOT, "%-38s %9s %6s %6s %7s%n", "class", "precision", "recall", "F1", "support"));
        perClass().forEach((label, v) -> out.append(indent).append(String.format(Locale.ROOT,
                "%-38s %9.3f %6.3f %6.3f %7d%n", label, v[0], v[1], v[2], (int) v[3])));
        out.append(indent).append(String.format(Locale.ROOT, "macro-F1 %.3f over the classes that occur, accuracy %.3f (%d / %d)%n",
                macroF1(), accuracy(), correct, total));
        return out.toString();
    }

    /** The matrix: a row per true label, a column per predicted label (abbreviated to 6 characters). */
    public String matrix(String indent) {
        List<String> labels = labels();
        StringBuilder out = new StringBuilder();
        out.append(indent).append(String.format(Locale.ROOT, "%-28s", "truth \\ predicted"));
        for (String l : labels) {
            out.append(String.format(Locale.ROOT, " %6s", l.length() > 6 ? l.substring(0, 6) : l));
        }
        out.append('\n');
        for (String truth : labels) {
            out.append(indent).append(String.format(Locale.ROOT, "%-28s", truth.length() > 28 ? truth.substring(0, 28) : truth));
            for (String predicted : labels) {
                out.append(String.format(Locale.ROOT, " %6d", count(truth, predicted)));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
