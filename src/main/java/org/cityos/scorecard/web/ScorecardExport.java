package org.cityos.scorecard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link ScorecardTable} as CSV (UTF-8 with a byte-order mark, so that Excel opens the
 * Chinese headers right; RFC 4180 quoting; cells starting with = + - @ are prefixed with ' so a
 * spreadsheet does not run them) or as an .xlsx workbook with one sheet named after the period.
 */
final class ScorecardExport {

	private ScorecardExport() {
	}

	static void csv(ScorecardTable table, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		writeLine(writer, table.header().stream().map(h -> (Object) h).toList());
		for (List<@Nullable Object> row : table.rows()) {
			writeLine(writer, row);
		}
		writer.flush();
	}

	static void xlsx(ScorecardTable table, String sheetName, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "CityOS", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		for (int c = 0; c < table.header().size(); c++) {
			sheet.value(0, c, table.header().get(c));
			sheet.style(0, c).bold().wrapText(true).set();
			sheet.width(c, c == 2 ? 22 : 12);
		}
		sheet.freezePane(3, 1);
		for (int r = 0; r < table.rows().size(); r++) {
			List<@Nullable Object> row = table.rows().get(r);
			for (int c = 0; c < row.size(); c++) {
				Object value = row.get(c);
				if (value instanceof Number number) {
					sheet.value(r + 1, c, number);
				}
				else if (value != null) {
					sheet.value(r + 1, c, value.toString());
				}
			}
		}
		workbook.finish();
	}

	private static void writeLine(Writer writer, List<@Nullable Object> cells) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells.get(i)));
		}
		writer.write(line.append("\r\n").toString());
	}

	static String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
