package org.studiebro.applications.access;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.studiebro.websecurity.ApiAccessRules;
import org.studiebro.websecurity.Role;

/**
 * Who may call which endpoint; whose application it is, the controllers check ({@link ApplicationReaders}).
 * Forms submit, learners withdraw, learners, officers and operators read; the catalog is any caller's.
 */
@Component
class ApplicationAccessRules implements ApiAccessRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        // Every method on the collection, so that a form's wrong method is told 405 rather than 403.
        requests.requestMatchers("/api/v1/applications").hasRole(Role.FORM_CLIENT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/applications/*/withdrawal").hasRole(Role.LEARNER.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/applications/*").hasAnyRole(Role.LEARNER.name(),
                        Role.MUNICIPALITY_OFFICER.name(), Role.OPERATOR.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/course-events", "/api/v1/course-events/*").authenticated();
    }
}
