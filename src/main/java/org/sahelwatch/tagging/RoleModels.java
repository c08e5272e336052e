package org.sahelwatch.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.sahelwatch.learn.RoleModel;

/** Loads the trained role model shipped in {@code config/models/}, when there is one. */
public final class RoleModels {

    /** The model file, relative to the config directory; {@code sahelwatch train} writes it. */
    public static final String FILE = "models/role-model.tsv";

    private RoleModels() {
    }

    /** The role model of {@code source}, or {@link RoleModel#EMPTY} (parties in order of mention) when it has none. */
    public static RoleModel load(DictionarySource source) {
        if (!source.exists(FILE)) {
            return RoleModel.EMPTY;
        }
        try (BufferedReader in = source.open(FILE)) {
            return RoleModel.read(in, source.describe(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the role model " + source.describe(FILE) + ": " + e.getMessage()
                    + "; rebuild it with `sahelwatch train` (see the README) or restore it from git", e);
        }
    }
}
