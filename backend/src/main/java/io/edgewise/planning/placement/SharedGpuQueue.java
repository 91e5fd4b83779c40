package io.edgewise.planning.placement;

import java.util.Arrays;
import java.util.List;

/**
 * The latency model of a shared GPU: ONE first-come-first-served queue of batches fed by all its
 * residents and its background load, each with its own service-time distribution (M/G/1).
 *
 * <p>Resident {@code i} sends batches at rate {@code λᵢ}, each served in {@code Sᵢ = ℓ(bᵢ)/speed}.
 * A profiled service time is taken as gamma-distributed with the workload's coefficient of
 * variation {@code c} (deterministic at 0): {@code E[S²] = s²(1+c²)}, {@code E[S³] =
 * s³(1+c²)(1+2c²)}. Background load is a class of exponential jobs of {@value #BACKGROUND_JOB_MS}
 * ms. In FIFO order a job's wait W does not depend on its class. With {@code ρᵢ = λᵢE[Sᵢ]}, {@code
 * ρ = Σρᵢ}, {@code Λ₂ = ΣλᵢE[Sᵢ²]}, {@code Λ₃ = ΣλᵢE[Sᵢ³]}, the wait quantile at {@value
 * #WAIT_TAIL} is the larger of two fits that both keep {@code P(W>0) = ρ} and the
 * Pollaczek–Khinchine mean {@code E[W] = Λ₂/2(1−ρ)}:
 *
 * <ul>
 *   <li>per class, an exponential: {@code P(W>t) ≈ Σρᵢ·exp(−t(1−ρ)/rᵢ)}, {@code rᵢ = E[Sᵢ²]/2E[Sᵢ]}
 *       the mean residual service of the class found in service — it keeps a 2 ms job that mostly
 *       finds other 2 ms jobs apart from a 200 ms one, which one fit to the mixture blurs;
 *   <li>over the mixture, a gamma given {@code W > 0} with the conditional mean {@code E[W]/ρ} and
 *       second moment {@code E[W²]/ρ}, {@code E[W²] = 2E[W]² + Λ₃/3(1−ρ)} (Takács): the two-moment
 *       fit of the conditional delay with an atom at zero (Tijms, A First Course in Stochastic
 *       Models, Wiley 2003); it carries heavy service tails.
 * </ul>
 *
 * Both are exact for M/M/1. A resident's p95 sojourn is bounded by that wait plus its own service
 * quantile at {@value #SERVICE_TAIL} ({@link #serviceMs}), as {@code P(W+S > a+b) ≤ P(W>a) +
 * P(S>b)}. Validated against a discrete-event simulation (docs/algorithms.md, "Placement").
 */
public final class SharedGpuQueue {
  /** Tail probability of the wait in a resident's p95 bound. */
  static final double WAIT_TAIL = 0.04;

  /** Tail probability of the resident's own service in its p95 bound. */
  static final double SERVICE_TAIL = 0.01;

  /** Mean of a background job (exponential): load outside the plan, of unknown shape. */
  static final double BACKGROUND_JOB_MS = 10;

  /** A wait at or above the GPU's capacity, µs: large, yet safe to add up in a score. */
  static final long UNBOUNDED_MICROS = 1_000_000_000_000L;

  private SharedGpuQueue() {}

  /**
   * The wait that jobs on {@code gpu} exceed with probability {@link #WAIT_TAIL} (as the model
   * approximates it) when {@code residents} share it, µs rounded up; a function of the multiset
   * alone, so every engine gets the same number.
   */
  static long waitMicros(GpuBin gpu, List<Demand> residents) {
    return micros(wait(gpu, residents, true));
  }

  /**
   * The per-class part of {@link #waitMicros} alone: it never falls when a resident joins (every
   * term grows with the load), so a set of residents it already rules out stays ruled out in any
   * larger set; the gamma part lacks that property.
   */
  static long perClassWaitMicros(GpuBin gpu, List<Demand> residents) {
    return micros(wait(gpu, residents, false));
  }

  private static double wait(GpuBin gpu, List<Demand> residents, boolean withMixture) {
    int n = residents.size() + 1;
    // Rows of (ppm, mean service ms, cv²), sorted so that no sum depends on the residents' order.
    double[][] classes = new double[n][];
    classes[0] = new double[] {gpu.backgroundPpm, BACKGROUND_JOB_MS, 1};
    long ppm = gpu.backgroundPpm;
    for (int i = 1; i < n; i++) {
      Demand d = residents.get(i - 1);
      double cv = d.workload.serviceCv();
      classes[i] = new double[] {d.loadPpm(gpu), d.serviceMs(gpu), cv * cv};
      ppm += d.loadPpm(gpu);
    }
    if (ppm >= GpuBin.PPM) {
      return Double.POSITIVE_INFINITY;
    }
    Arrays.sort(classes, Arrays::compare);
    double[] rho = new double[n];
    double[] residual = new double[n];
    double lambda2 = 0;
    double lambda3 = 0;
    for (int i = 0; i < n; i++) {
      double s = classes[i][1];
      double c2 = classes[i][2];
      rho[i] = classes[i][0] / GpuBin.PPM;
      residual[i] = s * (1 + c2) / 2;
      lambda2 += rho[i] * s * (1 + c2);
      lambda3 += rho[i] * s * s * (1 + c2) * (1 + 2 * c2);
    }
    double[] c2 = new double[n];
    for (int i = 0; i < n; i++) {
      c2[i] = classes[i][2];
    }
    double perClass = perClassWaitMs(rho, residual, c2);
    return withMixture
        ? Math.max(perClass, mixtureWaitMs(ppm / (double) GpuBin.PPM, lambda2, lambda3))
        : perClass;
  }

  private static long micros(double ms) {
    return ms * 1000 >= UNBOUNDED_MICROS ? UNBOUNDED_MICROS : (long) Math.ceil(ms * 1000);
  }

  /** The wait quantile when copies of one class fill a GPU to {@code rho}, ms. */
  static double waitAloneMs(double rho, double serviceMs, double cv) {
    double c2 = cv * cv;
    return Math.max(
        perClassWaitMs(
            new double[] {rho}, new double[] {serviceMs * (1 + c2) / 2}, new double[] {c2}),
        mixtureWaitMs(
            rho,
            rho * serviceMs * (1 + c2),
            rho * serviceMs * serviceMs * (1 + c2) * (1 + 2 * c2)));
  }

  /**
   * Solves {@code Σρᵢ·Gᵢ(t) = WAIT_TAIL} for t, ms, with {@code Gᵢ(t) = exp(−t/θᵢ)}, {@code θᵢ =
   * rᵢ/(1−ρ)}; for a class more regular than exponential ({@code cᵢ² < 1}) never below {@code 1 −
   * t/2θᵢ}, the tail of a uniform of the same mean — a deterministic job's residual is uniform, and
   * the exponential is lighter in its body. Newton's method from 0: the sum is convex and
   * decreasing, so the iterates rise monotonically to the root.
   */
  static double perClassWaitMs(double[] rho, double[] residualMs, double[] c2) {
    double total = 0;
    for (double r : rho) {
      total += r;
    }
    if (total >= 1) {
      return Double.POSITIVE_INFINITY;
    }
    if (total <= WAIT_TAIL) {
      return 0;
    }
    double t = 0;
    for (int step = 0; step < 200; step++) {
      double tail = -WAIT_TAIL;
      double slope = 0;
      for (int i = 0; i < rho.length; i++) {
        double theta = residualMs[i] / (1 - total);
        double exponential = Math.exp(-t / theta);
        double uniform = c2[i] < 1 ? 1 - t / (2 * theta) : 0;
        tail += rho[i] * Math.max(exponential, uniform);
        slope -= rho[i] * (uniform > exponential ? 1 / (2 * theta) : exponential / theta);
      }
      double next = t - tail / slope;
      if (!(next > t) || next - t <= 1e-12 * next) {
        return Math.max(t, next);
      }
      t = next;
    }
    return t;
  }

  /**
   * The gamma fit's {@link #WAIT_TAIL} quantile for {@code ρ}, {@code Λ₂} (ms), {@code Λ₃} (ms²).
   */
  static double mixtureWaitMs(double rho, double lambda2, double lambda3) {
    if (rho >= 1) {
      return Double.POSITIVE_INFINITY;
    }
    if (rho <= WAIT_TAIL || lambda2 <= 0) {
      return 0;
    }
    double mean = lambda2 / (2 * (1 - rho));
    double second = 2 * mean * mean + lambda3 / (3 * (1 - rho));
    double busyMean = mean / rho;
    double busyVariance = second / rho - busyMean * busyMean;
    if (busyVariance <= 1e-12 * busyMean * busyMean) {
      return busyMean;
    }
    return GammaQuantile.upper(
        busyMean * busyMean / busyVariance, busyVariance / busyMean, WAIT_TAIL / rho);
  }

  /**
   * A batch's own service in the p95 bound, ms: the {@link #SERVICE_TAIL} quantile of a gamma
   * service time of mean {@code ms}, but never below {@code ms·(1 + cv·√19)}, the one-sided
   * Chebyshev (Cantelli) bound on the 95th percentile that every distribution of that mean and
   * spread keeps — a rare slow path (5% of batches 3–4× slower) sits above the gamma's quantile.
   */
  public static double serviceMs(double ms, double cv) {
    return cv == 0
        ? ms
        : Math.max(
            GammaQuantile.upper(1 / (cv * cv), ms * cv * cv, SERVICE_TAIL),
            ms * (1 + cv * Math.sqrt(19)));
  }
}
