/**
 * The audit log: who did or read what, when, from where, with what outcome. Every module writes
 * to it through {@link org.cityos.audit.AuditLog}; entries are append-only and hash-chained so
 * that an edited or deleted row is found by {@code GET /api/audit/verify}.
 */
@NullMarked
package org.cityos.audit;

import org.jspecify.annotations.NullMarked;
