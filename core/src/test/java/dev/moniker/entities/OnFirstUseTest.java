package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnFirstUseTest {

  @Test
  void madeOnceOnFirstGetAndKept() {
    AtomicInteger made = new AtomicInteger();
    OnFirstUse<Object> value = new OnFirstUse<>(() -> {
      made.incrementAndGet();
      return new Object();
    });
    assertEquals(0, made.get(), "nothing made before it is asked for");
    Object first = value.get();
    assertSame(first, value.get());
    assertEquals(1, made.get());
  }
}
