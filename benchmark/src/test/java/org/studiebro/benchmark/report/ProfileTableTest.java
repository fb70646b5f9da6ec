package org.studiebro.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.studiebro.benchmark.profile.CpuCategory;
import org.studiebro.benchmark.profile.ProcessProfile;

class ProfileTableTest {

    private static final Path REPORT_DIR = Path.of("/repo/docs/benchmark");

    @Test
    void listsTheBusiestProcessFirstWithItsSharesHottestMethodsAndARelativeLink() {
        ProcessProfile quiet = new ProcessProfile("reference-parties", 100, Map.of(CpuCategory.KAFKA, 100L),
                List.of(Map.entry("java/util/HashMap.getNode", 40L)),
                REPORT_DIR.resolve("profiles/pipeline-500/reference-parties.html"));
        ProcessProfile busy = new ProcessProfile("notification-service", 400,
                Map.of(CpuCategory.MAIL, 300L, CpuCategory.JVM, 100L),
                List.of(Map.entry("org/eclipse/angus/mail/smtp/SMTPTransport.sendCommand", 100L)),
                REPORT_DIR.resolve("profiles/pipeline-500/notification-service.html"));

        String table = ProfileTable.render(List.of(quiet, busy), REPORT_DIR);

        assertThat(table.indexOf("| notification-service")).isLessThan(table.indexOf("| reference-parties"));
        assertThat(table).contains("SMTPTransport.sendCommand 25.0 %")
                .contains("[notification-service](profiles/pipeline-500/notification-service.html)")
                .contains("4.0").contains("75.0 %");
    }
}
