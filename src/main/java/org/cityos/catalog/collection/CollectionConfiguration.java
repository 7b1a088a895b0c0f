package org.cityos.catalog.collection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CollectionProperties.class)
class CollectionConfiguration {
}
