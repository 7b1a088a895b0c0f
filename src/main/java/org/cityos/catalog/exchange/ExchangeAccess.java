package org.cityos.catalog.exchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cityos.catalog.InformationItem;
import org.cityos.catalog.sharing.Grant;
import org.cityos.catalog.sharing.SharedResources.Entry;

/**
 * What one caller may read of one resource, and why ({@link Basis}): the items it may read and
 * which personal items among them it may read unmasked.
 */
record ExchangeAccess(Entry entry, Basis basis, Set<String> readable, Set<String> unmasked, List<UUID> grantIds) {

	enum Basis {
		/** The consumer department's live grants (several grants add up). */
		GRANT,
		/** The providing department reading its own resource: everything, unmasked. */
		OWN,
		/** The big data bureau's admin: every item, personal ones masked unless its own grants allow them. */
		ADMIN
	}

	static ExchangeAccess own(Entry entry) {
		Set<String> all = names(entry.version().items());
		return new ExchangeAccess(entry, Basis.OWN, all, all, List.of());
	}

	static ExchangeAccess admin(Entry entry, List<Grant> ownGrants) {
		return new ExchangeAccess(entry, Basis.ADMIN, names(entry.version().items()), unmasked(ownGrants),
				ids(ownGrants));
	}

	/** The union of the grants' items that the current version still has. */
	static ExchangeAccess granted(Entry entry, List<Grant> grants) {
		Set<String> current = names(entry.version().items());
		Set<String> readable = grants.stream().flatMap(g -> g.items().stream()).filter(current::contains)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		// key items are part of every grant, also of a version made after it
		entry.version().items().stream().filter(InformationItem::key).forEach(k -> readable.add(k.name()));
		return new ExchangeAccess(entry, Basis.GRANT, readable, unmasked(grants), ids(grants));
	}

	/** Masks for the personal items among {@code items} that this access may not read unmasked. */
	Map<String, PersonalDataMask> masksFor(List<InformationItem> items) {
		return items.stream().filter(i -> i.sensitivity().personal() && !unmasked.contains(i.name()))
			.collect(Collectors.toMap(InformationItem::name, PersonalDataMask::of));
	}

	private static Set<String> unmasked(List<Grant> grants) {
		return grants.stream().flatMap(g -> g.unmaskedItems().stream()).collect(Collectors.toSet());
	}

	private static List<UUID> ids(List<Grant> grants) {
		return grants.stream().map(Grant::id).toList();
	}

	private static Set<String> names(List<InformationItem> items) {
		return items.stream().map(InformationItem::name).collect(Collectors.toCollection(LinkedHashSet::new));
	}
}
