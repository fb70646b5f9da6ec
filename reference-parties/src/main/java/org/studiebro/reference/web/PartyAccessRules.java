package org.studiebro.reference.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.studiebro.websecurity.ApiAccessRules;
import org.studiebro.websecurity.PartyOfficers;

/** A manual party's requests and decisions are its own officers' only: a municipality's, a seat owner's. */
@Component
class PartyAccessRules implements ApiAccessRules {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/municipalities/{municipality}/cost-requests",
                        "/api/v1/municipalities/{municipality}/cost-decisions")
                .access(PartyOfficers.ofMunicipalityIn("municipality"))
                .requestMatchers("/api/v1/seat-owners/{owner}/seat-requests",
                        "/api/v1/seat-owners/{owner}/seat-decisions")
                .access(PartyOfficers.ofSeatOwnerIn("owner"));
    }
}
