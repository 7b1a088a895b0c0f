/**
 * HTTP API of the one map under {@code /api/geography}: point lookup, coordinate conversion,
 * layers for the map pages, division detail and search, and the administrators' import.
 */
@NullMarked
package org.cityos.geography.web;

import org.jspecify.annotations.NullMarked;
