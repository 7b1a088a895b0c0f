package org.cityos.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category tree as data (cases_category), held in memory because every intake, list and
 * evaluation row names categories; {@link #reload()} after a change. Codes are resolved through
 * aliases, so a 2026-scheme code files the case under the same category.
 */
@Repository
public class Categories {

	private final JdbcClient jdbc;

	private volatile @Nullable Tree tree;

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Tree(Map<String, Category> byCode, Map<String, String> aliases) {
	}

	public List<Category> all() {
		return tree().byCode().values().stream()
			.sorted(Comparator.comparing((Category c) -> c.parentCode() == null ? c.code() : c.parentCode())
				.thenComparing(c -> c.parentCode() == null ? -1 : c.position()).thenComparing(Category::code))
			.toList();
	}

	public Optional<Category> find(String code) {
		return Optional.ofNullable(tree().byCode().get(code));
	}

	/** The category a code or one of its aliases names, active or not. */
	public Optional<Category> lookup(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		Tree t = tree();
		String trimmed = code.trim().toUpperCase(java.util.Locale.ROOT);
		String canonical = t.byCode().containsKey(trimmed) ? trimmed : t.aliases().get(trimmed);
		return canonical == null ? Optional.empty() : Optional.ofNullable(t.byCode().get(canonical));
	}

	/** The category a code or alias names; refuses unknown and inactive ones and major classes. */
	public Category resolveForFiling(String field, @Nullable String code) {
		if (code == null || code.isBlank()) {
			throw InvalidInputException.ofField(field, "is required: a category code from GET /api/cases/categories");
		}
		Tree t = tree();
		String trimmed = code.trim().toUpperCase(java.util.Locale.ROOT);
		String canonical = t.byCode().containsKey(trimmed) ? trimmed : t.aliases().get(trimmed);
		Category category = canonical == null ? null : t.byCode().get(canonical);
		if (category == null || !category.active()) {
			throw InvalidInputException.ofField(field, "unknown category '" + code.trim()
					+ "': use a code from GET /api/cases/categories");
		}
		if (category.isMajor()) {
			throw InvalidInputException.ofField(field, "'" + category.code() + "' " + category.name()
					+ " is a major class: choose one of its minor classes");
		}
		return category;
	}

	/** The code and its ancestors, most specific first. */
	public List<String> lineage(String code) {
		List<String> codes = new ArrayList<>();
		Category c = tree().byCode().get(code);
		while (c != null) {
			codes.add(c.code());
			c = c.parentCode() == null ? null : tree().byCode().get(c.parentCode());
		}
		return codes;
	}

	/** "市容环境 / 暴露垃圾" */
	public String pathName(String code) {
		List<String> lineage = lineage(code);
		List<String> names = new ArrayList<>();
		for (int i = lineage.size() - 1; i >= 0; i--) {
			names.add(tree().byCode().get(lineage.get(i)).name());
		}
		return names.isEmpty() ? code : String.join(" / ", names);
	}

	public String name(String code) {
		Category c = tree().byCode().get(code);
		return c == null ? code : c.name();
	}

	@Transactional
	public void save(Category category) {
		int updated = jdbc.sql("""
				update cases_category set parent_code = :parent, kind = :kind, name = :name, description = :description,
				  keywords = :keywords, active = :active, position = :position where code = :code
				""").params(params(category)).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into cases_category (code, parent_code, kind, name, description, keywords, active, position)
					values (:code, :parent, :kind, :name, :description, :keywords, :active, :position)
					""").params(params(category)).update();
		}
		jdbc.sql("delete from cases_category_alias where code = :code and scheme = 'local'").param("code", category.code())
			.update();
		for (String alias : category.aliases()) {
			jdbc.sql("""
					insert into cases_category_alias (alias, code, scheme) values (:alias, :code, 'local')
					on conflict (alias) do nothing
					""").param("alias", alias).param("code", category.code()).update();
		}
		tree = null;
	}

	public void reload() {
		tree = null;
	}

	private static Map<String, Object> params(Category c) {
		Map<String, Object> p = new HashMap<>();
		p.put("code", c.code());
		p.put("parent", c.parentCode());
		p.put("kind", c.kind().name());
		p.put("name", c.name());
		p.put("description", c.description());
		p.put("keywords", c.keywords());
		p.put("active", c.active());
		p.put("position", c.position());
		return p;
	}

	private Tree tree() {
		Tree t = tree;
		if (t == null) {
			Map<String, List<String>> aliasesOf = new HashMap<>();
			Map<String, String> aliases = new HashMap<>();
			jdbc.sql("select alias, code from cases_category_alias order by alias").query(rs -> {
				aliases.put(rs.getString(1), rs.getString(2));
				aliasesOf.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
			});
			Map<String, Category> byCode = new LinkedHashMap<>();
			jdbc.sql("""
					select code, parent_code, kind, name, description, keywords, active, position
					from cases_category order by coalesce(parent_code, code), parent_code nulls first, position, code
					""").query(rs -> {
				String code = rs.getString("code");
				byCode.put(code, new Category(code, rs.getString("parent_code"), CategoryKind.valueOf(rs.getString("kind")),
						rs.getString("name"), rs.getString("description"), rs.getString("keywords"),
						rs.getBoolean("active"), rs.getInt("position"), List.copyOf(aliasesOf.getOrDefault(code, List.of()))));
			});
			t = new Tree(Map.copyOf(byCode), Map.copyOf(aliases));
			tree = t;
		}
		return t;
	}
}
