/**
 * 校核纠错: the discrepancy desk. Providing departments answer their discrepancies (confirm or
 * dispute with evidence), the big data bureau arbitrates disputes; deadlines in working days.
 */
@org.jspecify.annotations.NullMarked
package org.cityos.registry.desk;
