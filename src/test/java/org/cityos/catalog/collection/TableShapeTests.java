package org.cityos.catalog.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cityos.catalog.IdentifierKind;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.ItemType;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.Sensitivity;
import org.junit.jupiter.api.Test;

class TableShapeTests {

	private static final List<InformationItem> ITEMS = List.of(
			new InformationItem("id_number", "身份证号", ItemType.STRING, true, true, IdentifierKind.CITIZEN_ID,
					Sensitivity.SENSITIVE_PERSONAL),
			new InformationItem("order", "顺序", ItemType.INTEGER, true, false, IdentifierKind.NONE, Sensitivity.PUBLIC),
			new InformationItem("phone", "电话", ItemType.STRING, false, false, IdentifierKind.PHONE, Sensitivity.PERSONAL),
			new InformationItem("shape", "范围", ItemType.GEOMETRY, false, false, IdentifierKind.NONE, Sensitivity.PUBLIC));

	@Test
	void createsATypedTableWithLineageKeyAndIdentifierIndexes() {
		assertThat(new TableShape(ITEMS).create("catalog_data_101001_000001_v1")).containsExactly(
				"create table catalog_data_101001_000001_v1 (\"id_number\" text collate \"C\" not null, \"order\" bigint not null, "
						+ "\"phone\" text collate \"C\", \"shape\" jsonb, _delivery_id uuid not null, _received_at timestamptz not null, "
						+ "_row bigint not null)",
				"alter table catalog_data_101001_000001_v1 add constraint catalog_data_101001_000001_v1_pkey primary key (\"id_number\")",
				"create index catalog_data_101001_000001_v1_i2 on catalog_data_101001_000001_v1 (\"phone\")");
	}

	@Test
	void namesTablesAfterTheCodeAndVersion() {
		assertThat(DataTables.nameFor(new ResourceCode("101001001/000042"), 12)).isEqualTo("catalog_data_101001001_000042_v12");
	}
}
