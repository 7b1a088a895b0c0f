package org.cityos.registry.verification;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bureau defines or replaces a cross-check's rule set: checked whole against the catalog, audited. */
@Service
public class RuleSetAdministration {

	private final RuleSetCheck check;

	private final CheckRuleSets ruleSets;

	private final AuditLog audit;

	RuleSetAdministration(RuleSetCheck check, CheckRuleSets ruleSets, AuditLog audit) {
		this.check = check;
		this.ruleSets = ruleSets;
		this.audit = audit;
	}

	@Transactional
	public CheckRuleSet define(CheckRuleSet ruleSet) {
		check.require(ruleSet);
		ruleSets.save(ruleSet);
		audit.record("registry.check.define", ruleSet.code(), AuditOutcome.SUCCESS, ruleSet.rules().size() + " rules");
		return ruleSets.require(ruleSet.code());
	}
}
