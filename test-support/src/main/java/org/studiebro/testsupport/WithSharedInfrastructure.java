package org.studiebro.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Starts the shared test infrastructure (once per JVM) and publishes its addresses as system properties before a
 * Spring test context loads. Declare it before {@code @SpringBootTest}:
 * <pre>{@code
 * @ExtendWith(WithSharedInfrastructure.class)
 * @SpringBootTest
 * class ApplicationsIT { ... }
 * }</pre>
 */
public final class WithSharedInfrastructure implements BeforeAllCallback, TestInstancePreConstructCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        SharedInfrastructure.get();
    }

    // With @TestInstance(PER_CLASS) Spring loads the context while the instance is made, which is before beforeAll.
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        SharedInfrastructure.get();
    }
}
