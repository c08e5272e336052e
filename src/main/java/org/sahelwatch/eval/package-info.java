/**
 * Measures the tagger against ACLED event records: each record's {@code notes} is tagged as an
 * article and the result is compared with ACLED's own coding (country, admin1/admin2, coordinates,
 * event type, fatalities and actors). Plain Java with no Kafka; the {@code eval} command prints the report.
 */
package org.sahelwatch.eval;
