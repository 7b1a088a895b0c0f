/**
 * The demo city's cases: six months of 12345 and grid-management history (back-filled in bulk
 * through the cases module's {@code CaseHistoryImport}), the handler and grid-worker accounts
 * that worked them, and in demo mode a live simulator that takes new cases in and moves open
 * ones along through the real {@code CaseDesk}. Everything here is invented.
 */
@NullMarked
package org.cityos.demo.cases;

import org.jspecify.annotations.NullMarked;
