package org.studiebro.websecurity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call which of a service's endpoints, as a bean of the service. Everything no rule allows is denied,
 * except {@code /actuator/health}; rules that depend on the data (whose application) are the controllers' own.
 */
@FunctionalInterface
public interface ApiAccessRules {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
