package org.cityos.cases.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * A table written as CSV (UTF-8 with a byte order mark, for Excel on Chinese Windows; cells that
 * could start a formula are defused) or as a one-sheet .xlsx (Office Open XML SpreadsheetML with
 * inline strings, written directly: no spreadsheet library is on the class path and none is
 * needed for a table of numbers and text).
 */
final class Spreadsheet {

	private Spreadsheet() {
	}

	static byte[] csv(List<String> header, List<List<@Nullable Object>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, header.stream().map(h -> (Object) h).toList());
		rows.forEach(row -> line(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<@Nullable Object> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			Object cell = cells.get(i);
			if (cell == null) {
				continue;
			}
			String text = cell.toString();
			if (!(cell instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
				text = "'" + text;
			}
			if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
				text = "\"" + text.replace("\"", "\"\"") + "\"";
			}
			out.append(text);
		}
		out.append("\r\n");
	}

	static byte[] xlsx(String sheetName, List<String> header, List<List<@Nullable Object>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
					</Relationships>""");
			entry(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
					<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(sheetName)));
			entry(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
					</Relationships>""");
			StringBuilder sheet = new StringBuilder("""
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
			row(sheet, 1, header.stream().map(h -> (Object) h).toList());
			for (int i = 0; i < rows.size(); i++) {
				row(sheet, i + 2, rows.get(i));
			}
			entry(zip, "xl/worksheets/sheet1.xml", sheet.append("</sheetData></worksheet>").toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void row(StringBuilder sheet, int number, List<@Nullable Object> cells) {
		sheet.append("<row r=\"").append(number).append("\">");
		for (int i = 0; i < cells.size(); i++) {
			Object cell = cells.get(i);
			if (cell == null) {
				continue;
			}
			String ref = column(i) + number;
			if (cell instanceof Number value) {
				sheet.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
			}
			else {
				sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(cell.toString()))
					.append("</t></is></c>");
			}
		}
		sheet.append("</row>");
	}

	static String column(int index) {
		StringBuilder name = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			name.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return name.toString();
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (char ch : text.toCharArray()) {
			switch (ch) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> {
					if (ch >= 0x20 || ch == '\n' || ch == '\t') {
						out.append(ch);
					}
				}
			}
		}
		return out.toString();
	}
}
