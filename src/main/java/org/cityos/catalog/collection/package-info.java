/**
 * 归集 (collection): departments deliver batches of a resource's data (CSV or JSON lines, full
 * or incremental), each row is validated against the resource's current version, valid rows
 * are COPYed into the version's data table under the resource's invalid-row policy, and the
 * delivery report is kept. Also timeliness: when each resource's next delivery is due.
 * {@link org.cityos.catalog.collection.DataCollection} is the entry point.
 */
@NullMarked
package org.cityos.catalog.collection;

import org.jspecify.annotations.NullMarked;
