package org.cityos.scorecard.assessment;

import org.cityos.catalog.SharingStatistics;
import org.cityos.registry.RegistryStatistics;

/**
 * What was measured of one department in one period, as the catalog, the registries and the
 * use counter reported it. Stored as JSON in a snapshot; scores are derived from it.
 */
public record DepartmentFacts(String departmentCode, SharingStatistics.ProviderFigures sharing,
		RegistryStatistics.ProviderFigures registry, Use use) {

	/**
	 * Reads of the department's resources in the period.
	 *
	 * @param reads              reads (pages and exports) by other departments
	 * @param rowsRead           rows those reads returned
	 * @param readingDepartments how many other departments read
	 * @param publicReads        anonymous open-data reads (shown, not scored)
	 */
	public record Use(long reads, long rowsRead, long readingDepartments, long publicReads) {

		public static final Use NONE = new Use(0, 0, 0, 0);
	}

	/** Registry figures of a department the registries know nothing about. */
	static RegistryStatistics.ProviderFigures noRegistryFigures(String departmentCode) {
		return new RegistryStatistics.ProviderFigures(departmentCode, 0, 0, 0, 0, 0, 0, 0, 0, null, null);
	}
}
