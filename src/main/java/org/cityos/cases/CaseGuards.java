package org.cityos.cases;

import java.util.EnumSet;
import java.util.Set;

import org.cityos.shared.NotFoundException;
import org.cityos.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on which case (docs/cases.md, "Roles"). Seeing: a case outside the
 * caller's {@link CaseScope} is answered 404, as if it did not exist. Acting: the role must be
 * among the verb's, and a handler acts only on cases dispatched to their department, a grid
 * worker verifies only in their grids; otherwise 403. A citizen (public API) only rates.
 */
@Component
class CaseGuards {

	void requireVisible(Case c, CaseActor actor) {
		if (!actor.scope().covers(c)) {
			throw new NotFoundException("No case with number " + c.number());
		}
	}

	void requireAllowed(Case c, CaseVerb verb, CaseActor actor) {
		if (actor.citizen()) {
			if (verb != CaseVerb.RATE) {
				throw new AccessDeniedException("Citizens may only rate their case");
			}
			return;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(actor.roles());
		roles.retainAll(verb.roles());
		if (roles.isEmpty()) {
			throw new AccessDeniedException("Your role may not " + verb.path() + " (" + verb.label() + ") cases");
		}
		if (actor.has(Role.ADMIN) || actor.has(Role.OPERATOR)) {
			return;
		}
		if (roles.contains(Role.HANDLER)) {
			if (actor.departmentCode() == null || !actor.departmentCode().equals(c.departmentCode())) {
				throw new AccessDeniedException("Case " + c.number() + " is not dispatched to your department");
			}
			return;
		}
		if (roles.contains(Role.GRID_WORKER)) {
			boolean inGrid = c.place() != null && c.place().grid() != null
					&& actor.grids().contains(c.place().grid().code());
			if (!inGrid) {
				throw new AccessDeniedException("Case " + c.number() + " is not in your grids");
			}
		}
	}
}
