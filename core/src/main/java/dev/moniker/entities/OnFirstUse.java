package dev.moniker.entities;

import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, then kept: for tables a short command never
 * reads, whose making would only delay its start.
 */
final class OnFirstUse<T> implements Supplier<T> {

  private Supplier<T> maker;
  private volatile T value;

  OnFirstUse(Supplier<T> maker) {
    this.maker = maker;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          value = v = maker.get();
          maker = null;
        }
      }
    }
    return v;
  }
}
