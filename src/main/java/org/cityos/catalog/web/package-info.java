/** The catalog's REST API: resources, deliveries, timeliness, sharing requests, grants, exchange reads and exports, open data. */
@NullMarked
package org.cityos.catalog.web;

import org.jspecify.annotations.NullMarked;
