/**
 * Text handling shared by every tagger: folding (case, diacritics, typographic punctuation) with an
 * offset map back to the original text, word tokens, sentences and language detection.
 * Plain Java, no Kafka: the pipeline, the {@code tag} and {@code eval} commands and the benchmarks
 * all go through the same code.
 */
package org.sahelwatch.text;
