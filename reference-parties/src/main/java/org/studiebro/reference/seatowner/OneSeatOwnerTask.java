package org.studiebro.reference.seatowner;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.studiebro.plumbing.streams.MisconfiguredTopicException;
import org.studiebro.reference.streams.ReplayedRequests;

/**
 * The seat owner keeps every course event's state in the task of partition 0. That is right because a party's
 * topics have one partition (Topics.PARTY_TOPIC_PARTITIONS), and so has the officers' command topic: every request
 * and decision of a course event reaches that task, in order, without a repartition. The task count follows the
 * replay topic, which has more partitions; the replay command writes a replay to its original partition, 0.
 * <p>
 * A record in any other task breaks that assumption. One from a seat-request topic or the command topic means the
 * topic has more than one partition: deciding it in a task without the course event's state would give seats
 * twice, so the seat owner stops and refuses to run, naming the topic, until the topic is recreated with one
 * partition. (Requests of partition 0 decided before are consistent: no other task decided anything.) A replay on
 * another partition is a record that cannot be placed, and goes back to the dead letters with the reason.
 */
final class OneSeatOwnerTask {

    private OneSeatOwnerTask() {
    }

    static void require(ProcessorContext<?, ?> context) {
        int partition = context.taskId().partition();
        if (partition == 0) {
            return;
        }
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("a seat owner's source topic");
        if (ReplayedRequests.TOPIC.equals(topic)) {
            throw new IllegalArgumentException("a replayed seat request on partition " + partition + " of " + topic
                    + ": the seat owner decides in the task of partition 0 only; replay it to partition 0");
        }
        throw new MisconfiguredTopicException(topic + " has more than one partition (a record came on partition "
                + partition + "): the reference seat owner keeps each course event in one task and needs one "
                + "partition per seat-request topic and command topic; recreate the topic with one partition");
    }
}
