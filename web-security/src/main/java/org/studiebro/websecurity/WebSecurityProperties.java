package org.studiebro.websecurity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks its callers' tokens beyond the issuer (which is Spring's
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}).
 *
 * @param audience the {@code aud} every token must name: a token for another API is refused
 */
@ConfigurationProperties("studiebro.security")
public record WebSecurityProperties(@DefaultValue("studiebro") String audience) {
}
