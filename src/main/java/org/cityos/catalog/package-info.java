/**
 * The data sharing hub (数据共享交换平台): the government information resource catalog
 * (政务信息资源目录), collection of departments' data (归集) validated against the catalog,
 * sharing requests and grants, audited exchange, and open data. The base package holds the
 * catalog's vocabulary and the events other modules (registry, scorecard) listen to.
 */
@NullMarked
package org.cityos.catalog;

import org.jspecify.annotations.NullMarked;
