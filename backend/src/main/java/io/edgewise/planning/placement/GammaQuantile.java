package io.edgewise.planning.placement;

/**
 * Upper quantiles of the gamma distribution, for the two-moment tail fits of {@link
 * SharedGpuQueue}: the regularised incomplete gamma function by its series and continued fraction,
 * inverted by Halley's method from a Wilson–Hilferty start (Press et al., Numerical Recipes, 3rd
 * ed., §6.2).
 */
final class GammaQuantile {
  private static final double EPS = 1e-12;
  private static final double[] LANCZOS = {
    57.1562356658629235,
    -59.5979603554754912,
    14.1360979747417471,
    -0.491913816097620199,
    .339946499848118887e-4,
    .465236289270485756e-4,
    -.983744753048795646e-4,
    .158088703224912494e-3,
    -.210264441724104883e-3,
    .217439618115212643e-3,
    -.164318106536763890e-3,
    .844182239838527433e-4,
    -.261908384015814087e-4,
    .368991826595316234e-5
  };

  private GammaQuantile() {}

  /** The {@code x} with P(X > x) = {@code tail} for X ~ Gamma(shape, scale). */
  static double upper(double shape, double scale, double tail) {
    if (!(shape > 0) || !(scale > 0) || !(tail > 0 && tail < 1)) {
      throw new IllegalArgumentException("gamma quantile needs shape, scale > 0 and 0 < tail < 1");
    }
    return scale * inverse(1 - tail, shape);
  }

  /** x with P(a, x) = p, P the regularised lower incomplete gamma function. */
  private static double inverse(double p, double a) {
    double gln = lnGamma(a);
    double a1 = a - 1;
    double lna1 = a > 1 ? Math.log(a1) : 0;
    double afac = a > 1 ? Math.exp(a1 * (lna1 - 1) - gln) : 0;
    double x = start(p, a);
    for (int j = 0; j < 100; j++) {
      if (x <= 0) {
        return 0;
      }
      double err = lower(a, x, gln) - p;
      double density =
          a > 1
              ? afac * Math.exp(-(x - a1) + a1 * (Math.log(x) - lna1))
              : Math.exp(-x + a1 * Math.log(x) - gln);
      double u = err / density;
      double step = u / (1 - 0.5 * Math.min(1, u * (a1 / x - 1)));
      x -= step;
      if (x <= 0) {
        x = 0.5 * (x + step);
      }
      if (Math.abs(step) < 1e-10 * x) {
        break;
      }
    }
    return x;
  }

  private static double start(double p, double a) {
    if (a > 1) {
      double pp = p < 0.5 ? p : 1 - p;
      double t = Math.sqrt(-2 * Math.log(pp));
      double z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
      z = p < 0.5 ? z : -z;
      return Math.max(1e-3, a * Math.pow(1 - 1 / (9 * a) - z / (3 * Math.sqrt(a)), 3));
    }
    double t = 1 - a * (0.253 + a * 0.12);
    return p < t ? Math.pow(p / t, 1 / a) : 1 - Math.log(1 - (p - t) / (1 - t));
  }

  /** P(a, x), {@code gln} = ln Γ(a): series below a + 1, continued fraction (Lentz) above. */
  private static double lower(double a, double x, double gln) {
    if (x <= 0) {
      return 0;
    }
    double front = Math.exp(-x + a * Math.log(x) - gln);
    if (x < a + 1) {
      double ap = a;
      double del = 1 / a;
      double sum = del;
      while (Math.abs(del) > Math.abs(sum) * EPS) {
        del *= x / ++ap;
        sum += del;
      }
      return sum * front;
    }
    double b = x + 1 - a;
    double c = 1 / Double.MIN_NORMAL;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 10_000; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      d = Math.abs(d) < Double.MIN_NORMAL ? Double.MIN_NORMAL : d;
      c = b + an / c;
      c = Math.abs(c) < Double.MIN_NORMAL ? Double.MIN_NORMAL : c;
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < EPS) {
        break;
      }
    }
    return 1 - front * h;
  }

  /** ln Γ(a), Lanczos' approximation as in Numerical Recipes. */
  private static double lnGamma(double a) {
    double y = a;
    double tmp = a + 5.24218750000000000;
    tmp = (a + 0.5) * Math.log(tmp) - tmp;
    double ser = 0.999999999999997092;
    for (double c : LANCZOS) {
      ser += c / ++y;
    }
    return tmp + Math.log(2.5066282746310005 * ser / a);
  }
}
