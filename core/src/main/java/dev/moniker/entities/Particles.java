package dev.moniker.entities;

import java.util.Set;

/** Korean particles that attach to a name in running text (김정은은, 김정은의, 김정은에게). */
final class Particles {

  private static final Set<String> PARTICLES = WordList.load("korean-particles.txt");

  private Particles() {}

  static boolean isParticle(String s) {
    return PARTICLES.contains(s);
  }
}
