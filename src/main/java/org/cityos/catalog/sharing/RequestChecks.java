package org.cityos.catalog.sharing;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cityos.catalog.InformationItem;
import org.cityos.catalog.Resource;
import org.cityos.catalog.SharingType;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The rules a request's items, unmasked items and validity must follow; each broken rule is a field problem. */
final class RequestChecks {

	/** A grant lasts a year unless asked otherwise, never more than three. */
	static final int DEFAULT_VALID_YEARS = 1;

	static final int MAX_VALID_YEARS = 3;

	private RequestChecks() {
	}

	/** The chosen items in the resource's order, key items always among them; unknown names are problems. */
	static List<String> chosenItems(Resource resource, @Nullable List<String> chosen, List<FieldProblem> problems) {
		Set<String> wanted = new LinkedHashSet<>(chosen == null ? List.of() : chosen);
		if (wanted.isEmpty()) {
			problems.add(new FieldProblem("items", "choose the items you need (key items are always included)"));
		}
		for (String name : wanted) {
			if (resource.item(name).isEmpty()) {
				problems.add(new FieldProblem("items", "'" + name + "' is not an item of " + resource.code() + " (version "
						+ resource.version() + ")"));
			}
		}
		return resource.items().stream().filter(i -> i.key() || wanted.contains(i.name())).map(InformationItem::name).toList();
	}

	static List<String> unmaskedItems(Resource resource, List<String> items, @Nullable List<String> asked,
			List<FieldProblem> problems) {
		Set<String> unmasked = new LinkedHashSet<>(asked == null ? List.of() : asked);
		if (!unmasked.isEmpty() && resource.sharingType() != SharingType.CONDITIONAL) {
			problems.add(new FieldProblem("unmaskedItems", "unmasked personal items can only be asked of 有条件共享 resources; "
					+ resource.code() + " is " + resource.sharingType().label()));
			return List.of();
		}
		for (String name : unmasked) {
			if (!items.contains(name)) {
				problems.add(new FieldProblem("unmaskedItems", "'" + name + "' must also be among the requested items"));
			}
			else if (!resource.item(name).orElseThrow().sensitivity().personal()) {
				problems.add(new FieldProblem("unmaskedItems", "'" + name + "' is not personal: it is never masked"));
			}
		}
		return items.stream().filter(unmasked::contains).toList();
	}

	/** The asked validity, or a year from now; at most {@link #MAX_VALID_YEARS} years. */
	static Instant validUntil(@Nullable Instant asked, ZonedDateTime local, List<FieldProblem> problems) {
		Instant now = local.toInstant();
		if (asked == null) {
			return local.plusYears(DEFAULT_VALID_YEARS).toInstant();
		}
		if (!asked.isAfter(now)) {
			problems.add(new FieldProblem("validUntil", "must be in the future"));
		}
		else if (asked.isAfter(local.plusYears(MAX_VALID_YEARS).toInstant())) {
			problems.add(new FieldProblem("validUntil", "a grant lasts at most " + MAX_VALID_YEARS + " years"));
		}
		return asked.truncatedTo(ChronoUnit.MICROS);
	}
}
