package org.cityos.cases.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoReport v2 answer: a root element holding repeated elements (or one element) of ordered
 * fields. Written as XML (schemaless, no namespace, UTF-8 declaration) or as the JSON the spec's
 * Spark convention maps it to: the root's list becomes an array, a single element an object,
 * nested lists arrays, empty values {@code null}.
 */
final class Open311Document {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String root;

	private final @Nullable String item;

	private final List<Map<String, Object>> items;

	private Open311Document(String root, @Nullable String item, List<Map<String, Object>> items) {
		this.root = root;
		this.item = item;
		this.items = items;
	}

	/** {@code <root><item>..</item>...</root>}, JSON an array of objects. */
	static Open311Document list(String root, String item, List<Map<String, Object>> items) {
		return new Open311Document(root, item, items);
	}

	/** {@code <root>fields</root>}, JSON one object. */
	static Open311Document single(String root, Map<String, Object> fields) {
		return new Open311Document(root, null, List.of(fields));
	}

	/** Nested repeated elements inside a field: {@code <attributes><attribute>..</attribute></attributes>}. */
	record Nested(String item, List<Map<String, Object>> items) {
	}

	static Map<String, Object> fields(Object... namesAndValues) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put((String) namesAndValues[i], namesAndValues[i + 1] == null ? Null.NULL : namesAndValues[i + 1]);
		}
		return fields;
	}

	/** An element without value: {@code <name/>} in XML, {@code null} in JSON. */
	enum Null {
		NULL
	}

	String json() {
		Object value = item == null ? plain(items.get(0)) : items.stream().map(Open311Document::plain).toList();
		return JSON.writeValueAsString(value);
	}

	String xml() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
		if (item == null) {
			fieldsXml(xml, items.get(0));
		}
		else {
			for (Map<String, Object> fields : items) {
				xml.append('<').append(item).append('>');
				fieldsXml(xml, fields);
				xml.append("</").append(item).append('>');
			}
		}
		return xml.append("</").append(root).append(">\n").toString();
	}

	private static void fieldsXml(StringBuilder xml, Map<String, Object> fields) {
		fields.forEach((name, value) -> {
			if (value == Null.NULL) {
				xml.append('<').append(name).append("/>");
			}
			else if (value instanceof Nested nested) {
				xml.append('<').append(name).append('>');
				for (Map<String, Object> child : nested.items()) {
					xml.append('<').append(nested.item()).append('>');
					fieldsXml(xml, child);
					xml.append("</").append(nested.item()).append('>');
				}
				xml.append("</").append(name).append('>');
			}
			else {
				xml.append('<').append(name).append('>').append(escape(String.valueOf(value))).append("</").append(name)
					.append('>');
			}
		});
	}

	private static Map<String, @Nullable Object> plain(Map<String, Object> fields) {
		Map<String, @Nullable Object> plain = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (value == Null.NULL) {
				plain.put(name, null);
			}
			else if (value instanceof Nested nested) {
				plain.put(name, nested.items().stream().map(Open311Document::plain).toList());
			}
			else {
				plain.put(name, value);
			}
		});
		return plain;
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			switch (ch) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					// characters XML 1.0 cannot carry are dropped rather than breaking the document
					if (ch >= 0x20 || ch == '\n' || ch == '\r' || ch == '\t') {
						out.append(ch);
					}
				}
			}
		}
		return out.toString();
	}
}
