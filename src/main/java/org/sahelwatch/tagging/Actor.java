package org.sahelwatch.tagging;

import java.util.List;
import java.util.Objects;
import org.sahelwatch.avro.ActorCategory;

/** An actor-dictionary entry (config/actors.tsv). */
public record Actor(String id, String name, ActorCategory category, String countryCode,
                    List<String> acledNames, List<String> aliases, String validFrom, String validTo,
                    String successor) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        acledNames = List.copyOf(acledNames);
        aliases = List.copyOf(aliases);
        countryCode = countryCode == null || countryCode.isEmpty() ? null : countryCode;
    }
}
