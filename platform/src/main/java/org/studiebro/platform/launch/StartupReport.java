package org.studiebro.platform.launch;

import java.io.PrintStream;
import java.nio.file.Path;

/** What {@code ./studiebro up} prints once everything is ready: where to find each part, and how to try it. */
final class StartupReport {

    private StartupReport() {
    }

    static void print(PrintStream out, Services services, Endpoints endpoints, String mailViewerUrl, Path logDir,
            Path operatorLogin) {
        String applications = services.url(PlatformService.APPLICATIONS);
        String notifications = services.url(PlatformService.NOTIFICATION);
        out.println();
        out.println("  what                   where");
        out.println("  ---------------------  -----------------------------------------------");
        row(out, "Applications API", applications + "/api/v1/applications");
        row(out, "Course catalog", applications + "/api/v1/course-events");
        row(out, "Notifications API", notifications + "/api/v1/notifications?applicationId=...");
        row(out, "Reference data imports", services.url(PlatformService.REFERENCE_DATA) + "/api/v1/imports   (POST)");
        row(out, "Routing service", services.url(PlatformService.ROUTING) + "/actuator/health");
        row(out, "Reference parties", services.url(PlatformService.REFERENCE_PARTIES) + "/actuator/health");
        row(out, "Schema registry", endpoints.schemaRegistryUrl() + "/subjects");
        row(out, "Mail viewer", mailViewerUrl + "   (SMTP " + endpoints.smtpHost() + ":" + endpoints.smtpPort() + ")");
        row(out, "Kafka", endpoints.bootstrapServers() + "   (" + endpoints.kafka().securityProtocol()
                + "; operators log in with " + operatorLogin + ")");
        row(out, "OpenID provider", endpoints.oidcIssuer() + "/.well-known/openid-configuration   (README: "
                + "Signing in locally)");
        row(out, "Service logs", logDir.toString());
        out.println();
        out.println("Try it:");
        out.println("  curl -s " + applications + "/api/v1/course-events");
        out.println("  curl -si " + applications + "/api/v1/applications -H 'Content-Type: application/json' \\");
        out.println("       -H \"Idempotency-Key: $(uuidgen 2>/dev/null || date +%s)\" -d '{");
        out.println("    \"applicant\": {\"nationalId\": \"811218-9876\", \"givenName\": \"Anna\","
                + " \"familyName\": \"Lindqvist\",");
        out.println("      \"email\": \"anna.lindqvist@example.test\", \"phone\": \"+46701234567\","
                + " \"language\": \"sv\", \"homeMunicipality\": \"se-1481\"},");
        out.println("    \"choices\": [\"gbg-vard-2027v-01\"], \"source\": \"curl\"}'");
        out.println("  curl -s " + applications + "/api/v1/applications/<id from the Location header>");
        out.println("  curl -s '" + notifications + "/api/v1/notifications?applicationId=<id>'");
        out.println("  ./studiebro demo        (in another terminal: 40 sample applications with a summary)");
        out.println();
    }

    private static void row(PrintStream out, String what, String where) {
        out.printf("  %-21s  %s%n", what, where);
    }
}
