/**
 * Learning for the tagger: features of a sentence, the event model (a linear classifier over them),
 * its training, cross-validation and model files. A plain library: no Kafka, no HTTP; files are read
 * only by the {@code train} command and at start-up.
 */
package org.sahelwatch.learn;
