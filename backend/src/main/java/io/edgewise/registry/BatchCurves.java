package io.edgewise.registry;

import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a measured batch curve (latency against batch size, the profile Nexus packs GPUs with)
 * follows before it is stored: batch 1 first, batch sizes increasing and at most {@link
 * #MAX_BATCH}, at most {@link #MAX_POINTS} points, every time positive and finite.
 */
public final class BatchCurves {

  /** Points one curve may have (powers of two up to 4096 take 13). */
  public static final int MAX_POINTS = 32;

  /** The largest batch size a curve may name. */
  public static final int MAX_BATCH = 4_096;

  private BatchCurves() {}

  /** Throws a 400 naming {@code points[i].batch} or {@code points[i].ms} for each broken rule. */
  public static void check(List<BatchPoint> points) {
    List<FieldError> errors = new ArrayList<>();
    if (points.isEmpty() || points.size() > MAX_POINTS) {
      errors.add(new FieldError("points", "a curve has 1 to " + MAX_POINTS + " points"));
    }
    for (int i = 0; i < points.size(); i++) {
      BatchPoint p = points.get(i);
      int previous = i == 0 ? 0 : points.get(i - 1).batch();
      if (i == 0 && p.batch() != 1) {
        errors.add(new FieldError("points[0].batch", "a curve starts at batch 1"));
      } else if (p.batch() <= previous || p.batch() > MAX_BATCH) {
        errors.add(
            new FieldError(
                "points[" + i + "].batch",
                "batch sizes increase from point to point and stay within " + MAX_BATCH));
      }
      if (!(p.ms() > 0) || Double.isInfinite(p.ms())) {
        errors.add(
            new FieldError("points[" + i + "].ms", "a time is a positive, finite number of ms"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("the batch curve breaks the rules of a measured curve", errors);
    }
  }
}
