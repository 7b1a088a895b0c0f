package org.cityos.sensing.alerting;

/**
 * Holt's linear (double exponential) smoothing with a damped trend, for short-term forecasts of a
 * datastream (traffic flow 15–30 minutes ahead). Level ℓ and trend b per observation:
 * <pre>
 *   ℓ_t = α·y_t + (1 − α)·(ℓ_{t−1} + φ·b_{t−1})
 *   b_t = β·(ℓ_t − ℓ_{t−1}) + (1 − β)·φ·b_{t−1}
 *   ŷ_{t+h} = ℓ_t + (φ + φ² + … + φ^h)·b_t
 * </pre>
 * h counts steps of the datastream's own observation interval (a moving average of the gaps), so
 * irregular reporting does not break it. Constant memory: four numbers per rule and datastream.
 * α = 0.4, β = 0.3, φ = 0.95 were picked by a grid search on one synthetic rush-hour week; {@code
 * HoltForecastTests} measures the error on another.
 */
final class HoltForecast {

	static final double ALPHA = 0.4;

	static final double BETA = 0.3;

	static final double DAMPING = 0.95;

	/** Observations before the first forecast: the trend needs a few points to mean anything. */
	static final int WARM_UP = 6;

	private final double alpha;

	private final double beta;

	private final double damping;

	private double level;

	private double trend;

	private long lastMillis;

	private double stepMillis;

	private int count;

	HoltForecast() {
		this(ALPHA, BETA, DAMPING);
	}

	HoltForecast(double alpha, double beta, double damping) {
		this.alpha = alpha;
		this.beta = beta;
		this.damping = damping;
	}

	void update(long timeMillis, double value) {
		if (count == 0) {
			level = value;
			trend = 0;
		}
		else {
			long gap = Math.max(1, timeMillis - lastMillis);
			stepMillis = count == 1 ? gap : 0.8 * stepMillis + 0.2 * gap;
			double previousLevel = level;
			level = alpha * value + (1 - alpha) * (previousLevel + damping * trend);
			trend = count == 1 ? level - previousLevel : beta * (level - previousLevel) + (1 - beta) * damping * trend;
		}
		lastMillis = timeMillis;
		count++;
	}

	boolean ready() {
		return count >= WARM_UP;
	}

	double forecast(long horizonMillis) {
		double steps = horizonMillis / Math.max(1.0, stepMillis);
		double factor = damping == 1 ? steps : damping * (1 - Math.pow(damping, steps)) / (1 - damping);
		return level + factor * trend;
	}
}
