package org.cityos.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityos.shared.NotFoundException;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The city's departments; other modules look departments up here by code. */
@Repository
public class Departments {

	private static final RowMapper<Department> ROWS = (rs, n) -> new Department(rs.getString("code"),
			rs.getString("name"), rs.getString("parent_code"), DepartmentKind.valueOf(rs.getString("kind")));

	private final JdbcClient jdbc;

	Departments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Department> find(String code) {
		return jdbc.sql("select code, name, parent_code, kind from directory_department where code = :code")
			.param("code", code).query(ROWS).optional();
	}

	public Department require(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("No department with code '" + code + "'"));
	}

	public boolean exists(String code) {
		return find(code).isPresent();
	}

	public List<Department> all() {
		return jdbc.sql("select code, name, parent_code, kind from directory_department order by code").query(ROWS).list();
	}

	/** Every department's name by its code, for lists that show names next to codes. */
	public Map<String, String> names() {
		Map<String, String> names = new HashMap<>();
		jdbc.sql("select code, name from directory_department").query(rs -> {
			names.put(rs.getString("code"), rs.getString("name"));
		});
		return names;
	}

	public PageResult<Department> search(@Nullable String text, PageRequest page) {
		String pattern = text == null || text.isBlank() ? "%" : "%" + text.trim().toLowerCase() + "%";
		long total = jdbc.sql("select count(*) from directory_department where lower(code) like :p or lower(name) like :p")
			.param("p", pattern).query(Long.class).single();
		List<Department> content = jdbc.sql("""
				select code, name, parent_code, kind from directory_department
				where lower(code) like :p or lower(name) like :p order by code limit :limit offset :offset
				""").param("p", pattern).param("limit", page.size()).param("offset", page.offset()).query(ROWS).list();
		return PageResult.of(content, page, total);
	}

	void insert(Department department) {
		jdbc.sql("insert into directory_department (code, name, parent_code, kind) values (:code, :name, :parent, :kind)")
			.param("code", department.code()).param("name", department.name()).param("parent", department.parentCode())
			.param("kind", department.kind().name()).update();
	}

	void update(Department department) {
		jdbc.sql("update directory_department set name = :name, parent_code = :parent, kind = :kind, updated_at = now() where code = :code")
			.param("code", department.code()).param("name", department.name()).param("parent", department.parentCode())
			.param("kind", department.kind().name()).update();
	}

	boolean nameTakenByOther(String name, String code) {
		return jdbc.sql("select count(*) from directory_department where name = :name and code <> :code")
			.param("name", name).param("code", code).query(Long.class).single() > 0;
	}
}
