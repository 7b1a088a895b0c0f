package org.cityos.registry.verification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cityos.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The cross-checks' rule sets, kept as data (rules as JSON). */
@Repository
public class CheckRuleSets {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<CheckRule>> RULES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	CheckRuleSets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CheckRuleSet> all() {
		return jdbc.sql("select code, label, description, departments, rules::text as rules from registry_check_rule_set order by code")
			.query(CheckRuleSets::ruleSet).list();
	}

	public Optional<CheckRuleSet> find(String code) {
		return jdbc.sql("""
				select code, label, description, departments, rules::text as rules from registry_check_rule_set where code = :code
				""").param("code", code).query(CheckRuleSets::ruleSet).optional();
	}

	public CheckRuleSet require(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("No cross-check rule set '" + code + "'"));
	}

	void save(CheckRuleSet ruleSet) {
		jdbc.sql("""
				insert into registry_check_rule_set (code, label, description, departments, rules, updated_at)
				values (:code, :label, :description, :departments, cast(:rules as jsonb), now())
				on conflict (code) do update set label = excluded.label, description = excluded.description,
				    departments = excluded.departments, rules = excluded.rules, updated_at = now()
				""").param("code", ruleSet.code()).param("label", ruleSet.label())
			.param("description", ruleSet.description()).param("departments", ruleSet.departments().toArray(String[]::new))
			.param("rules", JSON.writeValueAsString(ruleSet.rules())).update();
	}

	private static CheckRuleSet ruleSet(ResultSet rs, int row) throws SQLException {
		Array departments = rs.getArray("departments");
		return new CheckRuleSet(rs.getString("code"), rs.getString("label"), rs.getString("description"),
				Arrays.asList((String[]) departments.getArray()), JSON.readValue(rs.getString("rules"), RULES));
	}
}
