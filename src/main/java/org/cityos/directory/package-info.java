/**
 * The directory: the city's departments, the accounts of the people who work in CityOS and the
 * API tokens of department systems; and how they authenticate (session login with CSRF for the
 * UI, HTTP Basic and bearer tokens for machines, slowed down after failed attempts).
 */
@NullMarked
package org.cityos.directory;

import org.jspecify.annotations.NullMarked;
