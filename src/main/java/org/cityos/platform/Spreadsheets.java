package org.cityos.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cityos.shared.CsvCell;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * A table (header and rows) written for the people who download it: CSV in UTF-8 with a
 * byte-order mark (so that Excel opens Chinese headers right), CRLF lines and cells written by
 * {@link CsvCell} (quoted, formulas defused); or an .xlsx workbook of one sheet with a bold,
 * frozen header row, numbers as numbers.
 */
public final class Spreadsheets {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Spreadsheets() {
	}

	public static void csv(List<String> header, List<List<@Nullable Object>> rows, OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			writer.write(line(header.stream().map(h -> (Object) h).toList()));
			for (List<@Nullable Object> row : rows) {
				writer.write(line(row));
			}
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] csv(List<String> header, List<List<@Nullable Object>> rows) {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		csv(header, rows, bytes);
		return bytes.toByteArray();
	}

	public static void xlsx(String sheetName, List<String> header, List<List<@Nullable Object>> rows, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "CityOS", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName);
			for (int c = 0; c < header.size(); c++) {
				sheet.value(0, c, header.get(c));
				sheet.style(0, c).bold().wrapText(true).set();
				sheet.width(c, Math.max(10, Math.min(40, header.get(c).length() * 2 + 2)));
			}
			sheet.freezePane(0, 1);
			for (int r = 0; r < rows.size(); r++) {
				List<@Nullable Object> row = rows.get(r);
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
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] xlsx(String sheetName, List<String> header, List<List<@Nullable Object>> rows) {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		xlsx(sheetName, header, rows, bytes);
		return bytes.toByteArray();
	}

	private static String line(List<@Nullable Object> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			Object cell = cells.get(i);
			line.append(cell == null ? "" : CsvCell.of(cell.toString()));
		}
		return line.append("\r\n").toString();
	}
}
