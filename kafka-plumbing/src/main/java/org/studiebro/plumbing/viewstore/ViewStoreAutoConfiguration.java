package org.studiebro.plumbing.viewstore;

import org.rocksdb.RocksDB;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The {@link ViewStore} of a service that sets {@code studiebro.views.enabled}, in {@code studiebro.views.directory},
 * and the {@link ViewResumption} that decides, before the views' listeners start, whether each view goes on from its
 * stored offsets.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(RocksDB.class)
@ConditionalOnProperty(prefix = "studiebro.views", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(ViewStoreProperties.class)
public class ViewStoreAutoConfiguration {

    @Bean
    ViewStore viewStore(ViewStoreProperties properties) {
        return new ViewStore(properties);
    }

    @Bean
    ViewResumption viewResumption(ViewStore store, KafkaAdmin kafkaAdmin) {
        return new ViewResumption(store, kafkaAdmin);
    }
}
