package org.cityos.catalog.open;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cityos.catalog.dcat.*}: how the published catalog names itself.
 *
 * @param title         the catalog's title (Chinese)
 * @param description   what it holds (Chinese)
 * @param publisherCode the department that publishes the catalog (the big data bureau)
 */
@ConfigurationProperties("cityos.catalog.dcat")
record DcatProperties(@DefaultValue("政务信息资源目录") String title,
		@DefaultValue("本市政务信息资源目录：各部门提供的信息资源及其共享、开放属性和更新周期。") String description,
		@DefaultValue("DSJJ") String publisherCode) {
}
