package org.cityos.catalog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportRunTests {

	@Test
	void csvQuotesOnlyFieldsThatNeedIt() {
		assertThat(ExportRun.csv("张*")).isEqualTo("张*");
		assertThat(ExportRun.csv("人民路,12号")).isEqualTo("\"人民路,12号\"");
		assertThat(ExportRun.csv("说\"好\"")).isEqualTo("\"说\"\"好\"\"\"");
		assertThat(ExportRun.csv("两\n行")).isEqualTo("\"两\n行\"");
	}
}
