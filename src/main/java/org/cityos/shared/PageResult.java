package org.cityos.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list answered by the API; {@code page} is 0-based. */
public record PageResult<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <T> PageResult<T> of(List<T> content, PageRequest request, long totalElements) {
		int pages = (int) ((totalElements + request.size() - 1) / request.size());
		return new PageResult<>(content, request.page(), request.size(), totalElements, pages);
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(content.stream().map(mapper).toList(), page, size, totalElements, totalPages);
	}

	/** A validated page request: size 1..500, page ≥ 0. */
	public record PageRequest(int page, int size) {

		public static final int MAX_SIZE = 500;

		public PageRequest {
			if (page < 0) {
				throw InvalidInputException.ofField("page", "must be 0 or more, was " + page);
			}
			if (size < 1 || size > MAX_SIZE) {
				throw InvalidInputException.ofField("size", "must be between 1 and " + MAX_SIZE + ", was " + size);
			}
		}

		public long offset() {
			return (long) page * size;
		}
	}
}
