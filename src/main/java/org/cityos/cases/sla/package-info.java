/** 督办: the SLA sweep that gives yellow and red cards and escalates overdue cases. */
@org.jspecify.annotations.NullMarked
package org.cityos.cases.sla;
