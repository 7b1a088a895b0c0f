package org.cityos.geography;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the stored map looks like from afar: how many divisions and when the last import wrote.
 * Every import stamps the rows it writes, so a changed version means another instance
 * imported and this one's in-memory map is stale.
 */
record MapVersion(long divisions, @Nullable Instant lastImport) {
}
