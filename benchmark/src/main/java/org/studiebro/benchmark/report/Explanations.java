package org.studiebro.benchmark.report;

/** What the report's figures mean, as the report says it. */
final class Explanations {

    static final String TEXT = """
            ## What the figures mean

            - **Due time.** At a fixed rate, request *i* is due at start + *i*/rate whatever happened before it
              (open loop), and every latency is measured from that due time. When the intake slows down, requests
              wait for a connection and that wait counts: the figures do not hide latency by sending less
              (coordinated omission).
            - **Visible.** A milestone is the moment this tool's own Kafka consumer received the record: no consumer
              group, assigned every partition, `isolation.level=read_committed` (what the next party would see),
              starting at the end offsets taken before the run. ApplicationSubmitted on `applications.submitted`;
              the first SeatRequested of the application (any of its choices) on `seat-requests.*`; the final status
              is the first ApplicationStatusChanged on `applications.status` whose overall status is ADMITTED,
              RESERVE, NOT_ADMITTED or WITHDRAWN.
            - **E-mail sent.** The learner's e-mail is seen as NotificationDispatched with recipientKind LEARNER on
              `notifications.dispatched`. The notification-service writes it in the same transaction as it commits
              the status event it read, after the SMTP server accepted the mail: the moment is when SMTP accepted
              the mail (plus the transaction commit), not when a mailbox showed it. "The e-mail of the final status"
              is the one whose statusEventId is the final status event's id; "the first e-mail" is the receipt.
            - **Throughput.** Offered (requests sent, malformed ones included) and accepted per second are counted
              over the sending window, from the first request due to the last answer. Pipeline throughput is
              the number of applications that reached a final status divided by the time from the first request due
              to the last final status seen, so a pipeline that falls behind shows as less than the offered rate.
            - **Lag.** Every second, for every consumer group on the broker: the sum over its partitions of the last
              stable offset minus the group's committed offset. The trend is the least-squares slope over the second
              half of the sending window; the lag counts as growing when the trend is above 1 record/s and more than a
              second's worth of applications is still behind when sending ends.
            - **CPU and memory.** From `/proc/<pid>/stat` (utime + stime, in % of one core) and `/proc/<pid>/status`
              (VmRSS) every second, for the launcher (which also runs the SMTP server and the mail viewer), the broker,
              the schema registry, each service and this load generator. The platform total leaves the load
              generator out, and so does the platform's CPU time per application with a final status (the sum of
              its processes' CPU time from the first sample to the last, after the drain, over those applications).
            - **Broker offsets.** How far the end offsets of all the platform's topics moved: every record written,
              plus one transaction marker per partition for each committed transaction.
            """;

    private Explanations() {
    }
}
