package dev.moniker.entities;

import java.util.List;

/**
 * Which of two Japanese words is the family name, by how the words end: family names end in
 * places and landscape (<i>-moto</i>, <i>-mura</i>, <i>-kawa</i>, <i>-yama</i>, <i>-da</i>,
 * <i>-no</i>, <i>-hara</i>, <i>-zawa</i>, <i>-shima</i>: Sakamoto, Kawamura, Asada, Nakano), given
 * names in their own endings (<i>-ko</i>, <i>-mi</i>, <i>-ka</i>, <i>-hei</i>, <i>-suke</i>,
 * <i>-ro</i>, <i>-hiro</i>, <i>-yuki</i>: Yukiko, Shohei, Daisuke, Ichiro). The press writes these
 * names in both orders (<i>Shohei Ohtani</i>, and since 2019 often <i>Ohtani Shohei</i>), so the
 * order is read from the words, not their places, and both orders give one person.
 *
 * <p>Endings overlap (<i>-ki</i> of Suzuki and Naoki, <i>-to</i> of Sato and Makoto) and are left
 * out; where neither word's ending says more, the order stays as written.
 */
final class JapaneseNameOrder {

  /** Endings of family names, longest first within a family of endings. */
  private static final List<String> FAMILY = List.of("moto", "mura", "kawa", "gawa", "yama", "shita", "hara",
      "bara", "zawa", "sawa", "saki", "zaki", "shima", "jima", "hashi", "bashi", "mori", "tani", "naka", "uchi",
      "guchi", "kuchi", "zuki", "saka", "zaka", "yashi", "fuji", "kubo", "tsuka", "zuka", "kura", "ishi", "oka", "ta", "da", "no", "be", "ino", "ue");

  /** Endings of given names. */
  private static final List<String> GIVEN = List.of("ko", "mi", "ka", "na", "ri", "ya", "hei", "suke", "ro",
      "rou", "ru", "hiro", "hiko", "nori", "yuki", "aki", "kazu", "ji", "io", "uo", "eo", "ao", "ki", "ta");

  private JapaneseNameOrder() {}

  /**
   * Whether the second of two words is the family name (given name first, as the press long
   * wrote): true for <i>Shohei Ohtani</i> and <i>Mao Asada</i>, false for <i>Ohtani Shohei</i>.
   */
  static boolean familyLast(String first, String second) {
    int say = familyScore(second) - familyScore(first);
    return say >= 0; // a tie keeps the order as written
  }

  /**
   * How much a word's ending says it is a family name rather than a given name: the longer ending
   * of either kind wins; 0 when none fits or they are as long.
   */
  static int familyScore(String folded) {
    int family = longestEnding(FAMILY, folded);
    int given = longestEnding(GIVEN, folded);
    return Integer.compare(family, given);
  }

  private static int longestEnding(List<String> endings, String folded) {
    int best = 0;
    for (String e : endings) {
      if (e.length() > best && folded.length() > e.length() && folded.endsWith(e)) {
        best = e.length();
      }
    }
    return best;
  }
}
