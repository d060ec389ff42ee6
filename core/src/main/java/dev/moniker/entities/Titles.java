package dev.moniker.entities;

import java.util.Set;

/** Titles that may stand before a family name ("President Xi"), from {@code titles.txt}. */
final class Titles {

  static final Set<String> SET = WordList.load("titles.txt");

  /** Titles of office (president, minister, ambassador), from {@code office-titles.txt}. */
  private static final Set<String> OFFICES = WordList.load("office-titles.txt");

  /** Whether a title (folded) is one of an office, which one person holds and another does not. */
  static boolean isOffice(String folded) {
    return OFFICES.contains(folded);
  }

  private Titles() {}
}
