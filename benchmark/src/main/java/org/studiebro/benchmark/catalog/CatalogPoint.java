package org.studiebro.benchmark.catalog;

import org.studiebro.benchmark.load.LoadResult;

/**
 * Routing cost at one catalog size.
 *
 * @param routingCpuMsPerApplication    the routing-service's CPU time during the run and its drain, per accepted
 *                                      application; NaN when the routing-service process was not found
 * @param routingIdleCpuPercent         its CPU use just before, idle, in % of one core
 * @param routingNetCpuMsPerApplication the same, less what it would have used idle in that time
 */
public record CatalogPoint(int size, LoadResult result, double routingCpuMsPerApplication,
        double routingIdleCpuPercent, double routingNetCpuMsPerApplication) {
}
