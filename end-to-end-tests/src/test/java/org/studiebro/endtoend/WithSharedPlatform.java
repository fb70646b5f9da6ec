package org.studiebro.endtoend;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test class (constructor or method parameter) the one {@link SharedPlatform} of the test run, starting it
 * on first use. It lives in JUnit's root store, which closes it once the last class has run; the shared
 * infrastructure it runs on stops later, when the launcher session ends.
 */
final class WithSharedPlatform implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SharedPlatform.class;
    }

    @Override
    public SharedPlatform resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SharedPlatform.class, type -> SharedPlatform.start(), SharedPlatform.class);
    }
}
