package org.studiebro.platform.signin;

/**
 * The local provider's sample clients (README, "Signing in locally"; authorization-server's application.yml): public
 * sample secrets, good for the local platform, the crash test's scratch platform and the tests only.
 */
public final class SampleClients {

    /** The issuer of the local platform's provider, as {@code ./studiebro up} starts it. */
    public static final String LOCAL_ISSUER = "http://127.0.0.1:9000";
    /** An upstream web form (FORM_CLIENT): it may submit applications, and becomes their source. */
    public static final String FORM = "enrolment-form";
    /** The command line (OPERATOR): it may read any application, stating why. */
    public static final String CLI = "studiebro-cli";
    /** Provisioning (SCHEMA_WRITER): the one that registers the core topics' schemas. */
    public static final String PROVISIONING = "studiebro-provisioning";

    private SampleClients() {
    }

    /** The sample secret of a sample client: its id and {@code -secret}. */
    public static String secret(String clientId) {
        return clientId + "-secret";
    }

    public static ClientLogin form(String issuer) {
        return new ClientLogin(issuer, FORM, secret(FORM));
    }

    public static ClientLogin cli(String issuer) {
        return new ClientLogin(issuer, CLI, secret(CLI));
    }
}
