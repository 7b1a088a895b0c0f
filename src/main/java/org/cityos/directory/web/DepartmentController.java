package org.cityos.directory.web;

import org.cityos.directory.Department;
import org.cityos.directory.DepartmentAdministration;
import org.cityos.directory.DepartmentKind;
import org.cityos.directory.Departments;
import org.cityos.shared.PageResult;
import org.cityos.shared.PageResult.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Departments: every signed-in user may look them up; only the big data bureau's admins change them. */
@RestController
@RequestMapping("/api/directory/departments")
class DepartmentController {

	private final Departments departments;

	private final DepartmentAdministration administration;

	DepartmentController(Departments departments, DepartmentAdministration administration) {
		this.departments = departments;
		this.administration = administration;
	}

	record NewDepartment(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 100) String name,
			@Nullable String parentCode, @NotNull DepartmentKind kind) {
	}

	record DepartmentChange(@NotBlank @Size(max = 100) String name, @Nullable String parentCode,
			@NotNull DepartmentKind kind) {
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	PageResult<Department> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return departments.search(q, new PageRequest(page, size));
	}

	@GetMapping("/{code}")
	@PreAuthorize("isAuthenticated()")
	Department one(@PathVariable String code) {
		return departments.require(code);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	Department register(@Valid @RequestBody NewDepartment department) {
		return administration.register(new Department(department.code().trim(), department.name().trim(),
				blankToNull(department.parentCode()), department.kind()));
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	Department change(@PathVariable String code, @Valid @RequestBody DepartmentChange change) {
		return administration.change(code, change.name().trim(), blankToNull(change.parentCode()), change.kind());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
