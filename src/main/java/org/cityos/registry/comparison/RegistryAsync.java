package org.cityos.registry.comparison;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Module listeners ({@code @ApplicationModuleListener}) run asynchronously only with async
 * execution enabled; without it a delivery's answer would wait for the comparison.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class RegistryAsync {
}
