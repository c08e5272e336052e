package org.sahelwatch.learn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The event model's file: gzip of a small binary format (magic {@code SWEM}, format version, model
 * version, feature settings, the temperatures, vocabulary keys and IDF, then each classifier's labels,
 * quantised weights, scales and biases: the detector when there is one, the types, the sub-types).
 * The same model always writes the same bytes.
 */
public final class EventModelFile {

    private static final int MAGIC = 0x5357454d; // "SWEM"
    private static final int FORMAT = 2;

    private EventModelFile() {
    }

    public static void write(EventModel model, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        };
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        data.writeUTF(model.version());
        TextFeatures f = model.features();
        data.writeInt(f.minN());
        data.writeInt(f.maxN());
        data.writeBoolean(f.trigrams());
        data.writeDouble(model.temperature());
        data.writeDouble(model.detectorTemperature());
        int[] keys = model.vocabulary().keys();
        float[] idf = model.vocabulary().idf();
        data.writeInt(keys.length);
        for (int i = 0; i < keys.length; i++) {
            data.writeInt(keys[i]);
            data.writeFloat(idf[i]);
        }
        data.writeBoolean(model.detector() != null);
        if (model.detector() != null) {
            writeClassifier(model.detector(), data);
        }
        writeClassifier(model.types(), data);
        writeClassifier(model.subTypes(), data);
        data.flush();
        gzip.finish();
    }

    private static void writeClassifier(LinearModel m, DataOutputStream data) throws IOException {
        data.writeInt(m.labels().size());
        for (String label : m.labels()) {
            data.writeUTF(label);
        }
        data.writeInt(m.features());
        data.write(m.weights());
        for (float s : m.scale()) {
            data.writeFloat(s);
        }
        for (float b : m.bias()) {
            data.writeFloat(b);
        }
    }

    /** Reads a model; a file that is not one says so. */
    public static EventModel read(InputStream in, String where) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException(where + " is not a Sahelwatch event model (no SWEM header); rebuild it with `sahelwatch train` (see the README)");
        }
        int format = data.readInt();
        if (format != FORMAT) {
            throw new IOException(where + " has model format " + format + ", this build reads format " + FORMAT
                    + "; rebuild it with `sahelwatch train` (see the README)");
        }
        String version = data.readUTF();
        TextFeatures features = new TextFeatures(data.readInt(), data.readInt(), data.readBoolean());
        double temperature = data.readDouble();
        double detectorTemperature = data.readDouble();
        int n = data.readInt();
        int[] keys = new int[n];
        float[] idf = new float[n];
        for (int i = 0; i < n; i++) {
            keys[i] = data.readInt();
            idf[i] = data.readFloat();
        }
        Vocabulary vocabulary = new Vocabulary(keys, idf);
        LinearModel detector = data.readBoolean() ? readClassifier(data) : null;
        return new EventModel(version, features, vocabulary, detector, readClassifier(data), readClassifier(data),
                temperature, detectorTemperature);
    }

    private static LinearModel readClassifier(DataInputStream data) throws IOException {
        int classes = data.readInt();
        List<String> labels = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            labels.add(data.readUTF());
        }
        int features = data.readInt();
        byte[] weights = new byte[Math.multiplyExact(features, classes)];
        data.readFully(weights);
        float[] scale = new float[classes];
        float[] bias = new float[classes];
        for (int c = 0; c < classes; c++) {
            scale[c] = data.readFloat();
        }
        for (int c = 0; c < classes; c++) {
            bias[c] = data.readFloat();
        }
        return new LinearModel(labels, features, weights, scale, bias);
    }
}
