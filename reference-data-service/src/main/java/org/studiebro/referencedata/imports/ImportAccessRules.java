package org.studiebro.referencedata.imports;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.studiebro.websecurity.ApiAccessRules;
import org.studiebro.websecurity.Role;

/** Only an operator starts an import: it rewrites the catalog and the reference data every service reads. */
@Component
class ImportAccessRules implements ApiAccessRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/imports").hasRole(Role.OPERATOR.name());
    }
}
