package org.studiebro.authorization.signing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Signs tokens with the key from the configured file (Spring Boot's default is a new key on every start). */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

    @Bean
    JWKSource<SecurityContext> signingKeys(SigningProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeyFile.loadOrCreate(properties.signingKey())));
    }
}
