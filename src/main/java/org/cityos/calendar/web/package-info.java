/** The calendar's JSON API under {@code /api/calendar}: days, months, deadlines, and the admin's years. */
@NullMarked
package org.cityos.calendar.web;

import org.jspecify.annotations.NullMarked;
