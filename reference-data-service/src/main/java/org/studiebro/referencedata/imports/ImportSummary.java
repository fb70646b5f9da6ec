package org.studiebro.referencedata.imports;

/**
 * What an import did.
 *
 * @param correlationId    shared by every record this import published
 * @param municipalities   municipalities read and published
 * @param cooperationAreas cooperation areas read and published
 * @param providers        providers read and published
 * @param courseEvents     course events read and published
 * @param seatOwners       seat owners in the catalog, each with its provisioned topics
 */
record ImportSummary(String correlationId, Count municipalities, Count cooperationAreas, Count providers,
        Count courseEvents, int seatOwners) {

    /** Records read from the files, and the ones published because the topic did not hold them yet. */
    record Count(int read, int published) {
    }

    int published() {
        return municipalities.published() + cooperationAreas.published() + providers.published()
                + courseEvents.published();
    }
}
