package org.cityos.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTests {

	@Test
	void quotesOnlyCellsThatNeedIt() {
		assertThat(CsvCell.of("张*")).isEqualTo("张*");
		assertThat(CsvCell.of("人民路,12号")).isEqualTo("\"人民路,12号\"");
		assertThat(CsvCell.of("说\"好\"")).isEqualTo("\"说\"\"好\"\"\"");
		assertThat(CsvCell.of("两\n行")).isEqualTo("\"两\n行\"");
		assertThat(CsvCell.of(null)).isEmpty();
	}

	@Test
	void defusesTextThatSpreadsheetsWouldRunAsAFormula() {
		assertThat(CsvCell.of("=HYPERLINK(\"http://x\",\"点我\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"");
		assertThat(CsvCell.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvCell.of("+86 138")).isEqualTo("'+86 138");
		assertThat(CsvCell.of("-cmd")).isEqualTo("'-cmd");
	}

	@Test
	void leavesNumbersAsTheyAre() {
		assertThat(CsvCell.of("-12.5")).isEqualTo("-12.5");
		assertThat(CsvCell.of("+3")).isEqualTo("+3");
		assertThat(CsvCell.of("1e-3")).isEqualTo("1e-3");
	}
}
