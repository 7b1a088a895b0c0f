/**
 * City cases (案件): 12345 hotline and grid-management cases from intake to rating. The API other
 * modules use: {@link org.cityos.cases.CaseDesk} (intake and the workflow's verbs), the value enums
 * and the past-tense events ({@link org.cityos.cases.CaseDispatched}, {@link org.cityos.cases.CaseClosed},
 * ...). See docs/cases.md for the workflow, roles, time limits and indicators.
 */
@org.jspecify.annotations.NullMarked
package org.cityos.cases;
