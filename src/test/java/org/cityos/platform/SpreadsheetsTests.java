package org.cityos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

class SpreadsheetsTests {

	private static final List<String> HEADER = List.of("排名", "部门代码", "部门名称", "总分", "空");

	private static final List<List<Object>> ROWS = List.of(new ArrayList<>(Arrays.asList(1, "GAJ", "公安局", 88.75, null)),
			new ArrayList<>(Arrays.asList(2, "a,b", "=SUM(A1)", -1.5, "say \"hi\"")));

	@Test
	void csvStartsWithAByteOrderMarkQuotesAndDefusesFormulas() {
		String text = new String(Spreadsheets.csv(HEADER, ROWS), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF排名,部门代码");
		assertThat(text.substring(1).split("\r\n")).containsExactly("排名,部门代码,部门名称,总分,空",
				"1,GAJ,公安局,88.75,", "2,\"a,b\",'=SUM(A1),-1.5,\"say \"\"hi\"\"\"");
	}

	@Test
	void xlsxIsAWorkbookWithTheSheetAndItsStrings() throws Exception {
		byte[] xlsx = Spreadsheets.xlsx("2026-11", HEADER, ROWS);
		// read through the central directory, as spreadsheet programs do
		java.nio.file.Path file = java.nio.file.Files.createTempFile("cityos-", ".xlsx");
		java.nio.file.Files.write(file, xlsx);
		List<String> entries = new ArrayList<>();
		StringBuilder strings = new StringBuilder();
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				entries.add(entry.getName());
				if (entry.getName().equals("xl/sharedStrings.xml") || entry.getName().equals("xl/workbook.xml")) {
					strings.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		finally {
			java.nio.file.Files.delete(file);
		}
		assertThat(entries).contains("xl/workbook.xml", "xl/worksheets/sheet1.xml");
		assertThat(strings).contains("GAJ").contains("2026-11").contains("&#x516c;&#x5b89;&#x5c40;"); // 公安局, as XML character references
	}
}
