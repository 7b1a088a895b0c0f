package org.cityos.catalog.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cityos.catalog.DataGrade;
import org.cityos.catalog.OpenType;
import org.cityos.catalog.SharingType;
import org.cityos.catalog.Subject;
import org.cityos.catalog.UpdateCycle;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds catalog entries by keywords (Chinese or English, every word must occur in the
 * resource's search text: names, summary, item names and labels, provider, subject) and by
 * department, subject, sharing type, open type and update cycle. Entries whose name holds every
 * word come first, then by code.
 */
@Repository
public class CatalogSearch {

	private static final int MAX_WORDS = 8;

	private final JdbcClient jdbc;

	CatalogSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The filters of a search; null means any. */
	public record Query(@Nullable String text, @Nullable String department, @Nullable Subject subject,
			@Nullable SharingType sharingType, @Nullable OpenType openType, @Nullable UpdateCycle updateCycle) {
	}

	/** A resource as a search lists it. */
	public record Entry(String code, String name, String summary, String providerCode, Subject subject,
			SharingType sharingType, OpenType openType, UpdateCycle updateCycle, DataGrade grade, int version, int itemCount,
			Instant updatedAt) {
	}

	public PageResult<Entry> search(Query query, PageRequest page) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new HashMap<>();
		List<String> words = words(query.text());
		StringBuilder inName = new StringBuilder("true");
		for (int i = 0; i < words.size(); i++) {
			conditions.add("strpos(r.search_text, :w" + i + ") > 0");
			inName.append(" and strpos(lower(r.name), :w").append(i).append(") > 0");
			parameters.put("w" + i, words.get(i));
		}
		filter(conditions, parameters, "r.provider_code", "department", blankToNull(query.department()));
		filter(conditions, parameters, "r.subject", "subject", query.subject());
		filter(conditions, parameters, "r.sharing_type", "sharingType", query.sharingType());
		filter(conditions, parameters, "r.open_type", "openType", query.openType());
		filter(conditions, parameters, "r.update_cycle", "cycle", query.updateCycle());
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*) from catalog_resource r" + where).params(parameters).query(Long.class).single();
		parameters.put("limit", page.size());
		parameters.put("offset", page.offset());
		List<Entry> content = jdbc.sql("""
				select r.code, r.name, r.summary, r.provider_code, r.subject, r.sharing_type, r.open_type, r.update_cycle,
				       r.data_grade, r.current_version, jsonb_array_length(v.items) as item_count, r.updated_at
				from catalog_resource r
				join catalog_resource_version v on v.resource_code = r.code and v.version = r.current_version
				""" + where + " order by case when " + inName + " then 0 else 1 end, r.code limit :limit offset :offset")
			.params(parameters)
			.query((rs, n) -> new Entry(rs.getString("code"), rs.getString("name"), rs.getString("summary"),
					rs.getString("provider_code"), Subject.valueOf(rs.getString("subject")),
					SharingType.valueOf(rs.getString("sharing_type")), OpenType.valueOf(rs.getString("open_type")),
					UpdateCycle.valueOf(rs.getString("update_cycle")), DataGrade.valueOf(rs.getString("data_grade")),
					rs.getInt("current_version"), rs.getInt("item_count"), rs.getTimestamp("updated_at").toInstant()))
			.list();
		return PageResult.of(content, page, total);
	}

	private static List<String> words(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(text.trim().toLowerCase(Locale.ROOT).split("[\\s\\u3000,，]+"))
			.filter(w -> !w.isEmpty()).distinct().limit(MAX_WORDS).toList();
	}

	private static void filter(List<String> conditions, Map<String, Object> parameters, String column, String name,
			@Nullable Object value) {
		if (value != null) {
			conditions.add(column + " = :" + name);
			parameters.put(name, value instanceof Enum<?> e ? e.name() : value);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
