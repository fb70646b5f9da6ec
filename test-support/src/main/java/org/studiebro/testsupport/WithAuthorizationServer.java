package org.studiebro.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Starts the shared local OpenID Connect provider (once per JVM) and publishes its issuer before a Spring test
 * context loads, so the service under test trusts its tokens. Declare it before {@code @SpringBootTest}.
 */
public final class WithAuthorizationServer implements BeforeAllCallback, TestInstancePreConstructCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        SharedAuthorizationServer.get();
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        SharedAuthorizationServer.get();
    }
}
