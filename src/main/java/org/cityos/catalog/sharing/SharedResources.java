package org.cityos.catalog.sharing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityos.catalog.OpenType;
import org.cityos.catalog.Resource;
import org.cityos.catalog.ResourceCode;
import org.cityos.catalog.ResourceVersion;
import org.cityos.catalog.Resources;
import org.cityos.shared.NotFoundException;
import org.springframework.stereotype.Repository;

/**
 * The catalog as the sharing side reads it: a resource together with its current version (the
 * items a grant may name and the table holding the data). Reads through {@link Resources}.
 */
@Repository
public class SharedResources {

	private final Resources resources;

	SharedResources(Resources resources) {
		this.resources = resources;
	}

	/** A resource with its current version. */
	public record Entry(Resource resource, ResourceVersion version) {

		public ResourceCode code() {
			return resource.code();
		}
	}

	public Optional<Entry> find(ResourceCode code) {
		return resources.find(code).map(resource -> new Entry(resource, resources.currentVersion(code)));
	}

	public Entry require(ResourceCode code) {
		return find(code).orElseThrow(() -> new NotFoundException("No resource with code '" + code + "' in the catalog"));
	}

	/** Every resource, by code; for the DCAT export. */
	public List<Entry> all() {
		return withCurrentVersions(resources.all());
	}

	/** Resources anyone may read (无条件开放), by code. */
	public List<Entry> open() {
		return withCurrentVersions(resources.withOpenType(OpenType.UNCONDITIONAL));
	}

	/** Resource names by code, for lists that show them; unknown codes are left out. */
	public Map<String, String> names(Collection<String> codes) {
		return resources.names(codes);
	}

	private List<Entry> withCurrentVersions(List<Resource> list) {
		Map<ResourceCode, ResourceVersion> versions = resources.currentVersions();
		return list.stream().map(resource -> new Entry(resource, versions.get(resource.code()))).toList();
	}
}
