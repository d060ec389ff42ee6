package dev.moniker.entities;

import java.util.Set;

/** Korean particles that attach to a name in running text (김정은은, 김정은의, 김정은에게). */
final class Particles {

  private static final Set<String> PARTICLES =
      Set.of(
          "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "만", "로", "께", "에게", "께서",
          "에서", "으로", "이다", "과의", "와의", "까지", "부터", "처럼", "보다", "라고", "이라");

  private Particles() {}

  static boolean isParticle(String s) {
    return PARTICLES.contains(s);
  }
}
