package org.cityos.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScorecardExportTests {

	@Test
	void csvCellsAreQuotedAndFormulaStartsAreDefused() {
		assertThat(ScorecardExport.cell("公安局")).isEqualTo("公安局");
		assertThat(ScorecardExport.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(ScorecardExport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(ScorecardExport.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
		assertThat(ScorecardExport.cell(-1.5)).isEqualTo("-1.5");
		assertThat(ScorecardExport.cell(null)).isEmpty();
	}

	@Test
	void csvStartsWithAByteOrderMarkAndHasOneLinePerRow() throws IOException {
		List<Object> row = new ArrayList<>(Arrays.asList(1, "GAJ", "公安局", 88.75, null));
		ScorecardTable table = new ScorecardTable(List.of("排名", "部门代码", "部门名称", "总分", "空"), List.of(row));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		ScorecardExport.csv(table, out);

		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF排名,部门代码");
		assertThat(text.substring(1).split("\r\n")).containsExactly("排名,部门代码,部门名称,总分,空", "1,GAJ,公安局,88.75,");
	}
}
