package org.studiebro.benchmark.load;

/** Records per application, on average: status events, seat requests, seat withdrawals and notifications. */
public record Amplification(double statusEvents, double seatRequests, double seatWithdrawals, double notifications) {
}
