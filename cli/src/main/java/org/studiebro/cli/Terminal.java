package org.studiebro.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where the commands write and which repository they work in.
 *
 * @param home the repository's root: the local platform's data, the reports and the services' jars are found there
 */
record Terminal(PrintStream out, PrintStream err, Path home) {
}
