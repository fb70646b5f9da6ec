package org.studiebro.reference;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * The reference parties with one manual municipality and one manual seat owner, those of the local provider's
 * sample officers ({@code goteborg-officer}, {@code goteborg-vux-officer}), so that their real tokens fit. One
 * context for every class so annotated. Own application ids, so that its Kafka Streams clients do not share groups
 * with another IT context running beside it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "studiebro.seat-owner.application-id=manual-it-seat-owner-${random.uuid}",
        "studiebro.seat-owner.parties=" + ManualPartiesTest.OWNER,
        "studiebro.seat-owner.manual-seat-owners=" + ManualPartiesTest.OWNER,
        "studiebro.municipality.application-id=manual-it-municipality-${random.uuid}",
        "studiebro.municipality.parties=" + ManualPartiesTest.MUNICIPALITY,
        "studiebro.municipality.manual-municipalities=" + ManualPartiesTest.MUNICIPALITY,
        "spring.kafka.streams.state-dir=target/kafka-streams/${random.uuid}",
        "spring.kafka.streams.cleanup.on-shutdown=true"})
@interface ManualPartiesTest {

    String OWNER = "goteborg-vux";
    String MUNICIPALITY = "se-1480";
}
