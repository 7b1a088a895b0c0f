/**
 * The demo city's data catalog: each department's resources, their deliveries generated from
 * synthetic people and companies (streamed through the real delivery path, so validation,
 * reports and lineage are real), late resources, and sharing requests and grants in every state.
 */
@NullMarked
package org.cityos.demo.catalog;

import org.jspecify.annotations.NullMarked;
