package org.cityos.demo.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import org.cityos.catalog.Catalog.NewResource;
import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;

/**
 * One demo resource: its catalog entry, how many rows its base delivery has at scale 1, and
 * row {@code i} (the values in item order, as a department's export would write them).
 */
record DemoResource(NewResource entry, long rows, LongFunction<List<String>> generator) {

	List<String> row(long index) {
		return generator.apply(index);
	}

	/** The row with its first ID number given a wrong check character, or else its first date made impossible. */
	List<String> spoilt(List<String> values) {
		List<String> copy = new ArrayList<>(values);
		List<InformationItem> items = entry.items();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).identifier() == IdentifierKind.CITIZEN_ID && !copy.get(i).isEmpty()) {
				copy.set(i, SyntheticPeople.withWrongCheck(copy.get(i)));
				return copy;
			}
		}
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).type() == ItemType.DATE && !items.get(i).key()) {
				copy.set(i, copy.get(i).substring(0, 4) + "-02-30");
				return copy;
			}
		}
		return copy;
	}
}
