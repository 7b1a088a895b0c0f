/**
 * Infrastructure every module stands on, without business logic: the database (embedded
 * PostgreSQL unless an external one is configured), RFC 9457 problem+json for every error,
 * the platform status the UI shows, and the OpenAPI description.
 */
@NullMarked
package org.cityos.platform;

import org.jspecify.annotations.NullMarked;
