/**
 * Records without an ID number (older records) matched to registry keys: automatic links above
 * the upper threshold, a persisted review queue (人工核查) for the uncertain band, decided by the
 * providing department's steward or the bureau.
 */
@org.jspecify.annotations.NullMarked
package org.cityos.registry.review;
