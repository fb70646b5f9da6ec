package org.studiebro.authorization.signing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param signingKey the JWK file of the RSA signing key; generated there when it does not exist */
@ConfigurationProperties("studiebro.authorization")
record SigningProperties(Path signingKey) {

    SigningProperties {
        if (signingKey == null) {
            throw new IllegalArgumentException("studiebro.authorization.signing-key: the path of the signing key");
        }
    }
}
