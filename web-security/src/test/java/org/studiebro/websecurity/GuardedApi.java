package org.studiebro.websecurity;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service of two endpoints, guarded the way the real ones are. */
@SpringBootApplication
class GuardedApi {

    @Bean
    ApiAccessRules rules() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/forms").hasRole(Role.FORM_CLIENT.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/municipalities/*/cases").hasRole(
                        Role.MUNICIPALITY_OFFICER.name());
    }

    @RestController
    static class Endpoints {

        @PostMapping("/api/v1/forms")
        Map<String, Object> submit(Caller caller) {
            return Map.of("source", caller.clientId(), "roles", caller.roles());
        }

        @GetMapping("/api/v1/municipalities/{municipality}/cases")
        Map<String, Object> cases(@PathVariable String municipality, Caller caller) {
            if (!caller.isOfficerOfMunicipality(municipality)) {
                throw AccessProblems.forbidden("Only an officer of " + municipality + " sees its cases.");
            }
            return Map.of("municipality", municipality);
        }
    }
}
