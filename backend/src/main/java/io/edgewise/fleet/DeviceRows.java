package io.edgewise.fleet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;

/** Validates one imported row with the same rules as a single device and adds it to the batch. */
@ApplicationScoped
public class DeviceRows {

  @Inject Validator validator;

  /**
   * Accepts the row when it is valid, else rejects each bad field; fields in {@code unreadable}
   * were already rejected by the reader and are not reported twice.
   */
  public void add(DeviceBatch batch, int position, DeviceRequest request, Set<String> unreadable) {
    boolean valid = unreadable.isEmpty();
    for (ConstraintViolation<DeviceRequest> violation :
        validator.validate(request).stream()
            .sorted(Comparator.comparing(DeviceRows::field))
            .toList()) {
      valid = false;
      if (!unreadable.contains(field(violation))) {
        batch.reject(position, field(violation), violation.getMessage());
      }
    }
    if (valid) {
      batch.accept(position, request.toData());
    }
  }

  private static String field(ConstraintViolation<?> violation) {
    return violation.getPropertyPath().iterator().next().getName();
  }
}
