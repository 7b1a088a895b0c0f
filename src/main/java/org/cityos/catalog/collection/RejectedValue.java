package org.cityos.catalog.collection;

import org.jspecify.annotations.Nullable;

/**
 * One problem of a rejected row in a delivery report: the line where the row starts (a CSV
 * header is line 1), the item at fault (null for the row as a whole), a stable code, the
 * reason, and the value as delivered (cut at 200 characters).
 */
public record RejectedValue(long row, @Nullable String item, String code, String reason, @Nullable String value) {
}
