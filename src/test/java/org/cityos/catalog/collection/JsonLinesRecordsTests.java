package org.cityos.catalog.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.cityos.catalog.Sensitivity;
import org.junit.jupiter.api.Test;

class JsonLinesRecordsTests {

	private static final List<InformationItem> ITEMS = List.of(
			new InformationItem("id", "编号", ItemType.INTEGER, true, true, IdentifierKind.NONE, Sensitivity.PUBLIC),
			new InformationItem("name", "名称", ItemType.STRING, false, false, IdentifierKind.NONE, Sensitivity.PUBLIC),
			new InformationItem("shape", "范围", ItemType.GEOMETRY, false, false, IdentifierKind.NONE, Sensitivity.PUBLIC));

	@Test
	void readsOneObjectPerLine() throws IOException {
		assertThat(read("""
				{"id": 1, "name": "张三", "shape": {"type": "Point", "coordinates": [116.4, 39.9]}}

				{"name": "无名", "id": "2", "shape": null}
				{"id": 3, "name": true}\r
				""", DeliveryMode.FULL)).containsExactly(
				"1 [1, 张三, {\"type\":\"Point\",\"coordinates\":[116.4,39.9]}]", "3 [2, 无名, null]", "4 [3, true, null]");
	}

	@Test
	void rejectsLinesThatAreNotObjectsOrNameUnknownItems() throws IOException {
		assertThat(read("""
				{"id": 1, "nmae": "x"}
				[1, 2]
				{"id": 2
				{"id": 3, "name": {"nested": 1}}
				{"id": 4} {"id": 5}
				{"id": 6, "_op": "delete"}
				""", DeliveryMode.FULL)).containsExactly("1 UNKNOWN_ITEM nmae", "2 NOT_JSON null", "3 NOT_JSON null",
				"4 NOT_JSON name", "5 NOT_JSON null", "6 OPERATION _op");
	}

	@Test
	void marksDeletionsInIncrementalDeliveries() throws IOException {
		JsonLinesRecords records = new JsonLinesRecords(new StringReader("{\"_op\":\"delete\",\"id\":1}\n{\"id\":2,\"_op\":null}"),
				ITEMS, DeliveryMode.INCREMENTAL);
		RowFields row = new RowFields(ITEMS.size());

		assertThat(records.next(row)).isTrue();
		assertThat(row.delete()).isTrue();
		assertThat(records.next(row)).isTrue();
		assertThat(row.delete()).isFalse();
		assertThat(row.line()).isEqualTo(2);
		assertThat(records.next(row)).isFalse();
	}

	private static List<String> read(String lines, DeliveryMode mode) throws IOException {
		JsonLinesRecords records = new JsonLinesRecords(new StringReader(lines), ITEMS, mode);
		RowFields row = new RowFields(ITEMS.size());
		List<String> rows = new ArrayList<>();
		while (records.next(row)) {
			if (row.rowProblem() != null) {
				rows.add(row.line() + " " + row.rowProblem().code() + " " + row.rowProblemItem());
			}
			else {
				rows.add(row.line() + " [" + row.value(0) + ", " + row.value(1) + ", " + row.value(2) + "]");
			}
		}
		return rows;
	}
}
