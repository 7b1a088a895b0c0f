package org.cityos.registry.comparison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.catalog.InformationItem;
import org.cityos.catalog.Resource;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.Resources;
import org.cityos.platform.ProgressBoard;
import org.cityos.platform.ProgressBoard.Job;
import org.cityos.registry.AttributeSource;
import org.cityos.registry.RegistryAttribute;
import org.cityos.registry.RegistryDefinition;
import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.cityos.shared.InvalidInputException.FieldProblem;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defining registries (as data, no code) and starting full comparisons. A definition is
 * checked whole against the catalog before anything is written: every resource must exist and
 * hold the items named, every attribute exactly one authoritative source.
 */
@Service
public class RegistryAdministration {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	private final RegistryDefinitions definitions;

	private final Resources resources;

	private final Comparisons comparisons;

	private final ProgressBoard progress;

	private final AuditLog audit;

	private final SimpleAsyncTaskExecutor background = new SimpleAsyncTaskExecutor("registry-comparison-");

	RegistryAdministration(RegistryDefinitions definitions, Resources resources, Comparisons comparisons,
			ProgressBoard progress, AuditLog audit) {
		this.definitions = definitions;
		this.resources = resources;
		this.comparisons = comparisons;
		this.progress = progress;
		this.audit = audit;
	}

	@Transactional
	public RegistryDefinition define(RegistryDefinition definition) {
		List<FieldProblem> problems = problems(definition);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("The registry definition is not valid", problems);
		}
		if (definitions.exists(definition.name())) {
			throw new ConflictException("A registry named '" + definition.name() + "' exists already");
		}
		definitions.add(definition);
		audit.record("registry.definition.create", definition.name(), AuditOutcome.SUCCESS,
				definition.attributes().size() + " attributes");
		return definitions.require(definition.name());
	}

	/** Starts a full comparison in the background; its progress is on the board under the returned key. */
	public String startFullComparison(String registryName) {
		RegistryDefinition registry = definitions.require(registryName);
		String key = "registry-comparison-" + registry.name();
		Job job = progress.startExclusive(key, "全量比对 " + registry.label() + " / Full comparison of " + registry.name());
		audit.record("registry.comparison.start", registry.name(), AuditOutcome.SUCCESS, key);
		background.execute(() -> job.run(() -> comparisons.compareAll(registry.name(), job).toString()));
		return key;
	}

	private List<FieldProblem> problems(RegistryDefinition definition) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!NAME.matcher(definition.name()).matches()) {
			problems.add(new FieldProblem("name", "must be 1–40 lower-case letters, digits or '_', starting with a letter"));
		}
		item(definition.keyResource(), definition.keyItem(), "keyItem", problems);
		Set<String> names = new HashSet<>(Set.of(definition.keyAttribute()));
		for (RegistryAttribute attribute : definition.attributes()) {
			String field = "attributes[" + attribute.name() + "]";
			if (!NAME.matcher(attribute.name()).matches() || !names.add(attribute.name())) {
				problems.add(new FieldProblem(field + ".name", "must be a unique lower-case name, not the key's"));
			}
			long authorities = attribute.sources().stream().filter(AttributeSource::authoritative).count();
			if (authorities != 1) {
				problems.add(new FieldProblem(field + ".sources", "needs exactly one authoritative source, has " + authorities));
			}
			Set<ResourceCode> seen = new HashSet<>();
			for (AttributeSource source : attribute.sources()) {
				if (!seen.add(source.resource())) {
					problems.add(new FieldProblem(field + ".sources", "names " + source.resource() + " twice"));
				}
				item(source.resource(), source.keyItem(), field + ".sources.keyItem", problems);
				item(source.resource(), source.item(), field + ".sources.item", problems);
			}
		}
		if (definition.deathAttribute() != null && definition.attribute(definition.deathAttribute()).isEmpty()) {
			problems.add(new FieldProblem("deathAttribute", "'" + definition.deathAttribute() + "' is not an attribute"));
		}
		return problems;
	}

	private void item(ResourceCode code, String itemName, String field, List<FieldProblem> problems) {
		Optional<Resource> resource = resources.find(code);
		if (resource.isEmpty()) {
			problems.add(new FieldProblem(field, "no resource " + code + " in the catalog"));
		}
		else if (resource.get().items().stream().map(InformationItem::name).noneMatch(itemName::equals)) {
			problems.add(new FieldProblem(field, "resource " + code + " has no item '" + itemName + "'"));
		}
	}
}
