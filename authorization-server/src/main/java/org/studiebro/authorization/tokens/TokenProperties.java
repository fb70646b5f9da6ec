package org.studiebro.authorization.tokens;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param audience the {@code aud} of every access token: Studiebro's APIs, which accept no token without it */
@ConfigurationProperties("studiebro.authorization")
record TokenProperties(@DefaultValue("studiebro") String audience) {
}
