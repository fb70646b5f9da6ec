package org.studiebro.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The time a run's directory is named after, such as 20261122-083000. */
final class Stamp {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Stamp() {
    }

    static String now() {
        return LocalDateTime.now().format(FORMAT);
    }
}
