package org.cityos.geography;

import java.time.Instant;

/**
 * The map's divisions or grids changed through an import. Modules that cache grid codes or
 * names (the operations map, case routing) refresh on it; the audit log records it.
 */
public record CityMapImported(ImportSummary summary, Instant importedAt) {
}
