/**
 * The {@code sahelwatch} command line (picocli): broker, run, ingest, tail, tag, demo. The only
 * place that writes to standard output; everything else logs through SLF4J to standard error.
 */
package org.sahelwatch.cli;
