package org.studiebro.benchmark.load;

/** Makes the requests of a load run; called from several threads when the load runs as fast as it can. */
public interface RequestSource {

    /** The request with this sequence number (0, 1, 2, ... within the run). */
    PlannedRequest next(long sequence);
}
