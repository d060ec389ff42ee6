package dev.moniker.entities;

import java.util.Set;

/** Titles that may stand before a family name ("President Xi"), from {@code titles.txt}. */
final class Titles {

  static final Set<String> SET = WordList.load("titles.txt");

  private Titles() {}
}
