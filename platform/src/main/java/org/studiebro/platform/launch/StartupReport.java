package org.studiebro.platform.launch;

import java.io.PrintStream;
import java.nio.file.Path;

import org.studiebro.platform.signin.SampleClients;

/** What {@code ./studiebro up} prints once everything is ready: where to find each part, and how to try it. */
final class StartupReport {

    // As README's "Try it with curl": a token of the sample form to submit, of the command line to read (audited).
    private static final String TRY_IT = """
            Try it (every API wants a token of the local provider; README: Try it with curl):
              token() { curl -s -u "$1" -d grant_type=client_credentials %1$s/oauth2/token \\
                | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/'; }
              FORM=$(token enrolment-form:enrolment-form-secret)
              OPERATOR=$(token studiebro-cli:studiebro-cli-secret)
              curl -s -H "Authorization: Bearer $FORM" %2$s/api/v1/course-events
              curl -si %2$s/api/v1/applications -H "Authorization: Bearer $FORM" \\
                   -H 'Content-Type: application/json' -H "Idempotency-Key: $(uuidgen 2>/dev/null || date +%%s)" -d '{
                "applicant": {"nationalId": "811218-9876", "givenName": "Anna", "familyName": "Lindqvist",
                  "email": "anna.lindqvist@example.test", "phone": "+46701234567", "language": "sv",
                  "homeMunicipality": "se-1481"},
                "choices": ["gbg-vard-2027v-01"]}'
              curl -s -H "Authorization: Bearer $OPERATOR" \\
                   '%2$s/api/v1/applications/<id from the Location header>?purpose=support+case'
              curl -s -H "Authorization: Bearer $OPERATOR" '%3$s/api/v1/notifications?applicationId=<id>'
            """;

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
        row(out, "Notifications API", notifications + "/api/v1/notifications?applicationId=...   (operators)");
        row(out, "Reference data imports", services.url(PlatformService.REFERENCE_DATA)
                + "/api/v1/imports   (POST, operators)");
        row(out, "Routing service", services.url(PlatformService.ROUTING) + "/actuator/health");
        row(out, "Reference parties", services.url(PlatformService.REFERENCE_PARTIES) + "/actuator/health");
        row(out, "Schema registry", endpoints.schemaRegistryUrl() + "/subjects   (curl -u " + SampleClients.CLI + ":"
                + SampleClients.secret(SampleClients.CLI) + "; README: Who may read and register schemas)");
        row(out, "Mail viewer", mailViewerUrl + "   (SMTP " + endpoints.smtpHost() + ":" + endpoints.smtpPort() + ")");
        row(out, "Kafka", endpoints.bootstrapServers() + "   (" + endpoints.kafka().securityProtocol()
                + "; operators log in with " + operatorLogin + ")");
        row(out, "OpenID provider", endpoints.oidcIssuer() + "/.well-known/openid-configuration   (README: "
                + "Signing in locally)");
        row(out, "Service logs", logDir.toString());
        out.println();
        out.print(TRY_IT.formatted(endpoints.oidcIssuer(), applications, notifications));
        out.println("  ./studiebro demo        (in another terminal: 40 sample applications with a summary)");
        out.println();
    }

    private static void row(PrintStream out, String what, String where) {
        out.printf("  %-21s  %s%n", what, where);
    }
}
