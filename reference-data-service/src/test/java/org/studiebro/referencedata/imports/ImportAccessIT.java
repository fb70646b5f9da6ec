package org.studiebro.referencedata.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.studiebro.testsupport.Endpoint;
import org.studiebro.testsupport.RefusedTokens;
import org.studiebro.testsupport.TestTokens;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * Only an operator starts an import, with tokens of the real local provider: no token and forged ones are 401,
 * officers, learners and forms 403, the operator (the CLI, and a signed-in operator) 200. It imports the same test
 * reference data as {@link ImportIT}, so that either may run first.
 */
@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.producer.transaction-id-prefix=reference-data-access-it-${random.uuid}-",
        "studiebro.import.on-startup=false",
        "studiebro.import.location=classpath:test-reference-data/"})
class ImportAccessIT {

    private static final Endpoint IMPORTS = Endpoint.post("/api/v1/imports", "{}");

    @LocalServerPort
    private int port;

    @TestFactory
    Stream<DynamicTest> withoutAValidTokenAnImportIs401() {
        return RefusedTokens.eachIs401(port, IMPORTS);
    }

    @Test
    void onlyAnOperatorImports() {
        assertThat(IMPORTS.status(port, TestTokens.user("goteborg-officer"))).isEqualTo(403);
        assertThat(IMPORTS.status(port, TestTokens.user("goteborg-vux-officer"))).isEqualTo(403);
        assertThat(IMPORTS.status(port, TestTokens.user("anna"))).isEqualTo(403);
        assertThat(IMPORTS.status(port, TestTokens.formClient())).isEqualTo(403);

        assertThat(IMPORTS.call(port, TestTokens.operator())).satisfies(answer -> assertThat(answer.statusCode())
                .as(answer.body()).isEqualTo(200));
        assertThat(IMPORTS.status(port, TestTokens.user("operator"))).isEqualTo(200);
    }
}
