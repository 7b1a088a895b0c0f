/** Open311 GeoReport v2 at /open311/v2: services, requests and tokens in JSON and XML. */
@org.jspecify.annotations.NullMarked
package org.cityos.cases.open311;
