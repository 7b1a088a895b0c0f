package org.cityos.catalog.sharing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SharingProperties.class)
class SharingConfiguration {
}
