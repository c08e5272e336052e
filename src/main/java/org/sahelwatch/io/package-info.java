/**
 * Articles in and records out as text: reading JSON-lines or plain-text articles for the
 * {@code ingest} and {@code tag} commands, and rendering Avro records as JSON with their schema's
 * field names (enums as strings, times as ISO-8601).
 */
package org.sahelwatch.io;
