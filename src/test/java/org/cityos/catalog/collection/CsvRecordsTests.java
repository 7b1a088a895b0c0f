package org.cityos.catalog.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cityos.catalog.DeliveryMode;
import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.cityos.catalog.Sensitivity;
import org.junit.jupiter.api.Test;

class CsvRecordsTests {

	private static final List<InformationItem> ITEMS = List.of(
			new InformationItem("id", "编号", ItemType.INTEGER, true, true, IdentifierKind.NONE, Sensitivity.PUBLIC),
			new InformationItem("name", "名称", ItemType.STRING, false, false, IdentifierKind.NONE, Sensitivity.PUBLIC),
			new InformationItem("note", "备注", ItemType.STRING, false, false, IdentifierKind.NONE, Sensitivity.PUBLIC));

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
		List<String> rows = read("id,name,note\r\n1,\"Li, Lei\",\"said \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n3,三,x\n",
				DeliveryMode.FULL);

		assertThat(rows).containsExactly("2:[1, Li, Lei, said \"hi\"]", "3:[2, two\nlines, ]", "5:[3, 三, x]");
	}

	@Test
	void matchesColumnsByNameOrLabelInAnyOrder() throws IOException {
		assertThat(read("备注,ID,名称\n甲,1,乙\n", DeliveryMode.FULL)).containsExactly("2:[1, 乙, 甲]");
	}

	@Test
	void skipsBlankLinesAndKeepsCountingLines() throws IOException {
		assertThat(read("\nid,name,note\n\n1,a,b\n\r\n2,c,d", DeliveryMode.FULL)).containsExactly("4:[1, a, b]", "6:[2, c, d]");
	}

	@Test
	void flagsARowWithTheWrongNumberOfFields() throws IOException {
		RowFields row = new RowFields(3);
		CsvRecords records = CsvRecords.open(new StringReader("id,name,note\n1,a\n2,b,c,d\n3,c,d\n"), ITEMS, DeliveryMode.FULL);

		assertThat(records.next(row)).isTrue();
		assertThat(row.rowProblem().reason()).isEqualTo("the row has 2 fields, the header has 3");
		assertThat(records.next(row)).isTrue();
		assertThat(row.rowProblem().code()).isEqualTo("COLUMN_COUNT");
		assertThat(records.next(row)).isTrue();
		assertThat(row.rowProblem()).isNull();
		assertThat(records.next(row)).isFalse();
	}

	@Test
	void refusesUnknownMissingAndRepeatedColumnsNamingThem() {
		assertThatExceptionOfType(BatchRefusedException.class)
			.isThrownBy(() -> CsvRecords.open(new StringReader("id,nmae,id\n1,a,1\n"), ITEMS, DeliveryMode.FULL))
			.satisfies(refused -> {
				assertThat(refused.status()).isEqualTo(400);
				assertThat(refused.detail()).contains("nmae", "id", "name", "note");
				assertThat(refused.getBody().getProperties().get("errors").toString()).contains("field=nmae",
						"field=name", "field=note");
			});
	}

	@Test
	void anEmptyBodyIsRefused() {
		assertThatExceptionOfType(BatchRefusedException.class)
			.isThrownBy(() -> CsvRecords.open(new StringReader("\r\n\n"), ITEMS, DeliveryMode.FULL))
			.withMessageContaining("empty");
	}

	@Test
	void anUnclosedQuoteIsRefused() throws IOException {
		CsvRecords records = CsvRecords.open(new StringReader("id,name,note\n1,\"open,x\n2,b,c\n"), ITEMS, DeliveryMode.FULL);

		assertThatExceptionOfType(BatchRefusedException.class).isThrownBy(() -> records.next(new RowFields(3)))
			.withMessageContaining("line 2 is never closed");
	}

	@Test
	void theOperationColumnMarksDeletionsInIncrementalDeliveries() throws IOException {
		CsvRecords records = CsvRecords.open(new StringReader("_op,id,name,note\ndelete,1,,\n,2,b,\nupsert,3,c,\nDROP,4,,\n"),
				ITEMS, DeliveryMode.INCREMENTAL);
		RowFields row = new RowFields(3);
		List<String> seen = new ArrayList<>();
		while (records.next(row)) {
			seen.add(row.value(0) + (row.delete() ? " delete" : " upsert")
					+ (row.rowProblem() == null ? "" : " " + row.rowProblem().code()));
		}

		assertThat(seen).containsExactly("1 delete", "2 upsert", "3 upsert", "4 upsert OPERATION");
		assertThatExceptionOfType(BatchRefusedException.class)
			.isThrownBy(() -> CsvRecords.open(new StringReader("_op,id,name,note\n"), ITEMS, DeliveryMode.FULL))
			.withMessageContaining("_op");
	}

	@Test
	void readsRecordsLongerThanItsBuffer() throws IOException {
		String longName = "长".repeat(200_000);
		List<String> rows = read("id,name,note\n1," + longName + ",\"" + longName + "\"\n2,b,c\n", DeliveryMode.FULL);

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).hasSize("2:[1, , ]".length() + 2 * longName.length());
	}

	private static List<String> read(String csv, DeliveryMode mode) throws IOException {
		CsvRecords records = CsvRecords.open(new StringReader(csv), ITEMS, mode);
		RowFields row = new RowFields(ITEMS.size());
		List<String> rows = new ArrayList<>();
		while (records.next(row)) {
			assertThat(row.rowProblem()).isNull();
			String[] values = new String[ITEMS.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = row.value(i);
			}
			rows.add(row.line() + ":" + Arrays.toString(values));
		}
		return rows;
	}
}
