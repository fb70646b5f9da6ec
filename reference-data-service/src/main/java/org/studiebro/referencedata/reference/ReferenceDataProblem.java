package org.studiebro.referencedata.reference;

/**
 * One thing wrong in the reference data or the catalog, named so that whoever maintains the files can find it.
 *
 * @param file    the file, relative to the import location, e.g. {@code catalog/susa-navet-2027-spring.json}
 * @param entry   the entry in it, e.g. {@code events[3] gbg-vard-2027v-01}, or empty for the file as a whole
 * @param message what is wrong
 */
public record ReferenceDataProblem(String file, String entry, String message) {

    @Override
    public String toString() {
        return entry.isEmpty() ? file + ": " + message : file + ": " + entry + ": " + message;
    }
}
