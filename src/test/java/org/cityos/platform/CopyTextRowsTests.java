package org.cityos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CopyTextRowsTests {

	@Test
	void splitsATextRowIntoFieldsWithNullsAndEscapesUndone() {
		byte[] row = "110101199003070015\t\\N\t张\\t三\\\\x\t\n".getBytes(StandardCharsets.UTF_8);
		assertThat(CopyTextRows.fields(row, 4)).containsExactly("110101199003070015", null, "张\t三\\x", "");
	}

	@Test
	void aRowWithoutItsNewlineReadsTheSame() {
		assertThat(CopyTextRows.fields("a\tb".getBytes(StandardCharsets.UTF_8), 2)).containsExactly("a", "b");
		assertThat(CopyTextRows.fields("a\\nb".getBytes(StandardCharsets.UTF_8), 1)).containsExactly("a\nb");
	}
}
