/** The cases' HTTP API: staff endpoints under /api/cases, the citizens' under /api/public/cases. */
@org.jspecify.annotations.NullMarked
package org.cityos.cases.web;
