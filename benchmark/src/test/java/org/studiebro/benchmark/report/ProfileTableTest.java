package org.studiebro.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.studiebro.benchmark.profile.CpuCategory;
import org.studiebro.benchmark.profile.ProcessProfile;

class ProfileTableTest {

    private static final Path PROFILES = Path.of("/repo/.studiebro/benchmark/20261122-125516/pipeline-500/profiles");

    @Test
    void listsTheBusiestProcessFirstWithItsSharesAndHottestMethodsAndNamesTheFlameGraphsDirectory() {
        ProcessProfile quiet = new ProcessProfile("reference-parties", 100, Map.of(CpuCategory.KAFKA, 100L),
                List.of(Map.entry("java/util/HashMap.getNode", 40L)),
                PROFILES.resolve("reference-parties.html"));
        ProcessProfile busy = new ProcessProfile("notification-service", 400,
                Map.of(CpuCategory.MAIL, 300L, CpuCategory.JVM, 100L),
                List.of(Map.entry("org/eclipse/angus/mail/smtp/SMTPTransport.sendCommand", 100L)),
                PROFILES.resolve("notification-service.html"));

        String table = ProfileTable.render(List.of(quiet, busy));

        assertThat(table.indexOf("| notification-service")).isLessThan(table.indexOf("| reference-parties"));
        assertThat(table).contains("SMTPTransport.sendCommand 25.0 %")
                .contains("collapsed stacks are in `" + PROFILES + "`")
                .doesNotContain("](")
                .contains("4.0").contains("75.0 %");
    }
}
