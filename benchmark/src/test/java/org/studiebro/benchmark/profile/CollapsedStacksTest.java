package org.studiebro.benchmark.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CollapsedStacksTest {

    private static final List<String> LINES = List.of(
            "java/lang/Thread.run;org/apache/kafka/clients/producer/internals/Sender.run;java/util/HashMap.getNode 30",
            "java/lang/Thread.run;org/studiebro/routing/Router.route;java/util/HashMap.getNode 12",
            "java/lang/Thread.run;org/studiebro/routing/Router.route 8",
            "clone3;start_thread;G1ParScanThreadState::trim_queue_to_threshold 50",
            "");

    @Test
    void countsSamplesByPartAndByTheMethodOnTheCpu() {
        CollapsedStacks stacks = CollapsedStacks.parse(LINES);

        assertThat(stacks.samples()).isEqualTo(100);
        assertThat(stacks.byCategory()).containsExactlyInAnyOrderEntriesOf(Map.of(
                CpuCategory.KAFKA, 30L, CpuCategory.STUDIEBRO, 20L, CpuCategory.JVM, 50L));
        assertThat(stacks.byLeaf()).containsEntry("java/util/HashMap.getNode", 42L)
                .containsEntry("org/studiebro/routing/Router.route", 8L);
    }

    @Test
    void aProcessProfileShowsItsHottestMethodsAndShares() {
        ProcessProfile profile = ProcessProfile.of("routing-service", CollapsedStacks.parse(LINES),
                Path.of("routing-service.html"));

        assertThat(profile.hottest()).extracting(Map.Entry::getKey).containsExactly(
                "G1ParScanThreadState::trim_queue_to_threshold", "java/util/HashMap.getNode",
                "org/studiebro/routing/Router.route");
        assertThat(profile.share(CpuCategory.STUDIEBRO)).isEqualTo(0.2);
        assertThat(profile.share(CpuCategory.MAIL)).isZero();
    }
}
