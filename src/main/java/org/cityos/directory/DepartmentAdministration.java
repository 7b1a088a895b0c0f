package org.cityos.directory;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.cityos.audit.AuditLog;
import org.cityos.audit.AuditOutcome;
import org.cityos.shared.ConflictException;
import org.cityos.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and changes departments. Codes are permanent; the parent tree stays acyclic. */
@Service
public class DepartmentAdministration {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{2,32}");

	private final Departments departments;

	private final AuditLog audit;

	DepartmentAdministration(Departments departments, AuditLog audit) {
		this.departments = departments;
		this.audit = audit;
	}

	@Transactional
	public Department register(Department department) {
		if (!CODE.matcher(department.code()).matches()) {
			throw InvalidInputException.ofField("code", "must be 2–32 letters, digits, '-' or '_'");
		}
		if (departments.exists(department.code())) {
			throw new ConflictException("A department with code '" + department.code() + "' already exists");
		}
		checkNameAndParent(department);
		departments.insert(department);
		audit.record("directory.department.registered", department.code(), AuditOutcome.SUCCESS, department.name());
		return department;
	}

	@Transactional
	public Department change(String code, String name, @Nullable String parentCode, DepartmentKind kind) {
		departments.require(code);
		Department changed = new Department(code, name, parentCode, kind);
		checkNameAndParent(changed);
		departments.update(changed);
		audit.record("directory.department.changed", code, AuditOutcome.SUCCESS, name);
		return changed;
	}

	private void checkNameAndParent(Department department) {
		if (departments.nameTakenByOther(department.name(), department.code())) {
			throw new ConflictException("Another department is already named '" + department.name() + "'");
		}
		String parent = department.parentCode();
		Set<String> seen = new HashSet<>(Set.of(department.code()));
		while (parent != null) {
			if (!seen.add(parent)) {
				throw InvalidInputException.ofField("parentCode", "would make the department its own ancestor");
			}
			String current = parent;
			parent = departments.find(current)
				.orElseThrow(() -> InvalidInputException.ofField("parentCode", "no department with code '" + current + "'"))
				.parentCode();
		}
	}
}
