package org.cityos.catalog.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.cityos.catalog.exchange.Exchange;
import org.cityos.catalog.exchange.ExportFormat;
import org.cityos.catalog.exchange.ExportRun;
import org.cityos.catalog.exchange.RecordPage;
import org.cityos.shared.CityPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 数据交换接口: a consumer department's systems read what they were granted. Filters are query
 * parameters named after items ({@link org.cityos.catalog.exchange.RecordQuery}).
 * <p>
 * The export writes straight to the response on the request's thread rather than through
 * {@code StreamingResponseBody}: an async response would be cut by the servlet container's async
 * timeout (30 s by default) and queue behind the small shared task executor, and neither suits an
 * export of millions of rows. Problems (no grant, bad filter) are answered before the first byte.
 */
@RestController
@RequestMapping("/api/exchange")
@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
class ExchangeController {

	private final Exchange exchange;

	ExchangeController(Exchange exchange) {
		this.exchange = exchange;
	}

	@GetMapping("/{code}/records")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	RecordPage records(@PathVariable String code, HttpServletRequest request,
			@AuthenticationPrincipal CityPrincipal caller) {
		return exchange.read(code, request.getParameterMap(), caller);
	}

	@GetMapping("/{code}/export")
	@PreAuthorize("hasAnyRole('ADMIN', 'STEWARD', 'SYSTEM')")
	void export(@PathVariable String code, @RequestParam(defaultValue = "jsonl") String format,
			HttpServletRequest request, HttpServletResponse response, @AuthenticationPrincipal CityPrincipal caller)
			throws IOException {
		ExportRun run = exchange.planExport(code, request.getParameterMap(), ExportFormat.parse(format), caller);
		response.setContentType(run.format().contentType());
		response.setHeader("Content-Disposition",
				"attachment; filename*=UTF-8''" + URLEncoder.encode(run.fileName(), StandardCharsets.UTF_8));
		response.setHeader("Cache-Control", "no-store");
		run.writeTo(response.getOutputStream());
	}
}
