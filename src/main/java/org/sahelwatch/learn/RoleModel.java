package org.sahelwatch.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who acts and who is acted upon: a linear classifier over the named features of one actor in an event's
 * sentence (its category, where it stands against the trigger, the words around it, the other parties …),
 * trained with liblinear ({@link LinearTrainer}) on ACLED's coding of actor 1, actor 2 and associated actors.
 * Its scores order an event's parties (actor 1 first) and pick the associated ones. A small text file of
 * weights, one line per feature ({@link #write}); immutable and thread-safe.
 */
public final class RoleModel {

    /** ACLED's actor 1, actor 2, an associated actor (of either side), or none of them. */
    public static final List<String> ROLES = List.of("ACTOR1", "ACTOR2", "ASSOCIATED", "NONE");
    public static final int ACTOR1 = 0;
    public static final int ACTOR2 = 1;
    public static final int ASSOCIATED = 2;
    public static final int NONE = 3;

    /** No model: every score is zero, so the parties keep the order of their mentions. */
    public static final RoleModel EMPTY = new RoleModel(List.of(), new float[0][], new float[ROLES.size()]);

    private final Map<String, Integer> index;
    private final List<String> features;
    private final float[][] weights; // [feature][role]
    private final float[] bias;

    private RoleModel(List<String> features, float[][] weights, float[] bias) {
        this.features = List.copyOf(features);
        this.weights = weights;
        this.bias = bias.clone();
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            map.put(features.get(i), i);
        }
        this.index = Map.copyOf(map);
    }

    /** Whether this is a trained model (not {@link #EMPTY}). */
    public boolean isTrained() {
        return !features.isEmpty();
    }

    public int size() {
        return features.size();
    }

    /** The decision value of each role ({@link #ROLES} order) for an actor with these features. */
    public double[] scores(List<String> active) {
        double[] s = new double[ROLES.size()];
        int[] known = known(active);
        float norm = known.length == 0 ? 0 : (float) (1 / Math.sqrt(known.length));
        for (int f : known) {
            for (int r = 0; r < s.length; r++) {
                s[r] += weights[f][r] * norm;
            }
        }
        for (int r = 0; r < s.length; r++) {
            s[r] += bias[r];
        }
        return s;
    }

    /** The indices of the features this model knows, each once, sorted. */
    private int[] known(List<String> active) {
        return active.stream().map(index::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                .distinct().sorted().toArray();
    }

    /**
     * Trains on examples: the features of each actor and its role. Features seen in fewer than {@code minCount}
     * examples are dropped; each example is the L2-normalised binary vector of its known features. Deterministic.
     */
    public static RoleModel train(List<List<String>> examples, List<String> roles, LinearTrainer trainer, int minCount) {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<String> e : examples) {
            e.stream().distinct().forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        List<String> features = counts.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey).toList();
        RoleModel vocabulary = new RoleModel(features, new float[features.size()][ROLES.size()], new float[ROLES.size()]);
        List<SparseVector> xs = new ArrayList<>(examples.size());
        for (List<String> e : examples) {
            int[] known = vocabulary.known(e);
            float[] values = new float[known.length];
            java.util.Arrays.fill(values, known.length == 0 ? 0 : (float) (1 / Math.sqrt(known.length)));
            xs.add(new SparseVector(known, values));
        }
        LinearModel model = trainer.train(xs, roles, ROLES, features.size());
        float[][] weights = new float[features.size()][ROLES.size()];
        for (int f = 0; f < features.size(); f++) {
            for (int r = 0; r < ROLES.size(); r++) {
                weights[f][r] = (float) model.weight(f, r);
            }
        }
        return new RoleModel(features, weights, model.bias());
    }

    /**
     * Writes the model as text: comment lines, a header {@code feature ACTOR1 ACTOR2 ASSOCIATED NONE}, the
     * biases on a line named {@code (bias)}, then one line per feature with its non-zero weights. The same
     * model always writes the same text.
     */
    public void write(Appendable out, List<String> comments) throws IOException {
        for (String c : comments) {
            out.append("# ").append(c).append('\n');
        }
        out.append("feature\t").append(String.join("\t", ROLES)).append('\n');
        out.append(line("(bias)", bias));
        for (int f = 0; f < features.size(); f++) {
            boolean any = false;
            for (float w : weights[f]) {
                any |= w != 0;
            }
            if (any) {
                out.append(line(features.get(f), weights[f]));
            }
        }
    }

    private static String line(String name, float[] values) {
        StringBuilder sb = new StringBuilder(name);
        for (float v : values) {
            sb.append('\t').append(v == 0 ? "0" : String.format(Locale.ROOT, "%.5g", v));
        }
        return sb.append('\n').toString();
    }

    /** Reads a model written by {@link #write}; a malformed line stops the reading with its number. */
    public static RoleModel read(BufferedReader in, String where) throws IOException {
        List<String> features = new ArrayList<>();
        List<float[]> weights = new ArrayList<>();
        float[] bias = null;
        boolean header = false;
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!header) {
                if (!line.equals("feature\t" + String.join("\t", ROLES))) {
                    throw new IOException(where + " line " + number + ": expected the header 'feature\t"
                            + String.join("\t", ROLES) + "'; rebuild the model with `sahelwatch train`");
                }
                header = true;
                continue;
            }
            if (cells.length != ROLES.size() + 1) {
                throw new IOException(where + " line " + number + ": " + cells.length + " columns, expected "
                        + (ROLES.size() + 1) + "; rebuild the model with `sahelwatch train`");
            }
            float[] w = new float[ROLES.size()];
            try {
                for (int r = 0; r < w.length; r++) {
                    w[r] = Float.parseFloat(cells[r + 1]);
                }
            } catch (NumberFormatException e) {
                throw new IOException(where + " line " + number + ": not a number (" + e.getMessage()
                        + "); rebuild the model with `sahelwatch train`", e);
            }
            if (cells[0].equals("(bias)")) {
                bias = w;
            } else {
                features.add(cells[0]);
                weights.add(w);
            }
        }
        if (bias == null) {
            throw new IOException(where + ": no (bias) line; rebuild the model with `sahelwatch train`");
        }
        return new RoleModel(features, weights.toArray(new float[0][]), bias);
    }
}
