package org.cityos.sensing.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * Routes {@code /sta/v1.x/...} straight to {@link SensorThingsController}'s four handlers. Those
 * paths match no mapping directly, so Spring MVC's own lookup tests every mapping of the
 * application (hundreds of conditions through the security wrappers) on each request — a fifth
 * of a latest-100 read. The same handler methods are invoked on the same bean (its proxy), so
 * {@code @PreAuthorize}, argument resolution and error handling are unchanged; anything else
 * (the service root, HEAD, OPTIONS) falls through to the usual mapping. A single Observation
 * posted to {@code Datastreams(id)/Observations} goes to
 * {@link SensorThingsController#postObservation}, which reads and writes the bodies itself.
 */
@Component
class SensorThingsHandlerMapping extends AbstractHandlerMapping {

	static final String PATTERN = "/sta/**";

	/** After {@code /sta/v1.x/}: where sensors post one Observation each. */
	private static final Pattern OBSERVATION_POST = Pattern.compile("Datastreams\\(\\d{1,18}\\)/Observations");

	private final Map<String, HandlerMethod> byMethod;

	private final HandlerMethod observationPost;

	SensorThingsHandlerMapping(SensorThingsController controller) {
		setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		Class<?> type = SensorThingsController.class;
		this.byMethod = Map.of(
				"GET", handler(controller, type, "read", HttpServletRequest.class, HttpServletResponse.class),
				"POST", handler(controller, type, "create", HttpServletRequest.class, JsonNode.class),
				"PATCH", handler(controller, type, "update", HttpServletRequest.class, JsonNode.class),
				"DELETE", handler(controller, type, "delete", HttpServletRequest.class));
		this.observationPost = handler(controller, type, "postObservation", HttpServletRequest.class, HttpServletResponse.class);
	}

	private static HandlerMethod handler(Object bean, Class<?> type, String name, Class<?>... parameters) {
		Method method = ReflectionUtils.findMethod(type, name, parameters);
		if (method == null) {
			throw new IllegalStateException("SensorThingsController." + name + " not found");
		}
		return new HandlerMethod(bean, method);
	}

	@Override
	protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		if (!uri.startsWith("/sta/v1.1/") && !uri.startsWith("/sta/v1.0/")) {
			return null;
		}
		HandlerMethod handler = request.getMethod().equals("POST") && OBSERVATION_POST.matcher(uri).region(10, uri.length()).matches()
				? observationPost : byMethod.get(request.getMethod());
		if (handler == null) {
			return null;
		}
		request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, PATTERN);
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
		ServerHttpObservationFilter.findObservationContext(request).ifPresent(context -> context.setPathPattern(PATTERN));
		return handler;
	}
}
