package org.studiebro.notification.history;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.studiebro.websecurity.ApiAccessRules;
import org.studiebro.websecurity.Role;

/** The history shows recipients' addresses: operators only. */
@Component
class HistoryAccessRules implements ApiAccessRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/v1/notifications").hasRole(Role.OPERATOR.name());
    }
}
