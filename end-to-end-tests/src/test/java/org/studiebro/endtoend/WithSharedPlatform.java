package org.studiebro.endtoend;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Hands a test class (constructor or method parameter) the one {@link SharedPlatform} of the test run, starting it
 * on first use. It lives in JUnit's root store, which closes it once the last class has run; the shared
 * infrastructure it runs on stops later, when the launcher session ends. Registered before
 * {@code WithSharedInfrastructure}, it starts the platform before the test instance is made, so that the platform's
 * OpenID Connect provider starts while the broker and registry do.
 */
final class WithSharedPlatform implements ParameterResolver, TestInstancePreConstructCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        platform(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SharedPlatform.class;
    }

    @Override
    public SharedPlatform resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform(context);
    }

    private static SharedPlatform platform(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SharedPlatform.class, type -> SharedPlatform.start(), SharedPlatform.class);
    }
}
