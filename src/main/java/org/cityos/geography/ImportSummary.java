package org.cityos.geography;

/** What an import wrote, counted per level. */
public record ImportSummary(ImportMode mode, int districts, int streets, int communities, int grids) {

	public int total() {
		return districts + streets + communities + grids;
	}
}
