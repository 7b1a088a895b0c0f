/** HTTP endpoints of sensing: the SensorThings API, the compact gateway batch endpoint, dead letters. */
@org.jspecify.annotations.NullMarked
package org.cityos.sensing.web;
