/**
 * Building the tagger's learned parts from labelled data: the texts prepared by the tagger's own
 * stages, the event model trained on them, its model card, and cross-validation that rebuilds all of
 * it per fold. Used by the {@code train} and {@code eval --cv} commands; the stream never runs it.
 */
package org.sahelwatch.training;
