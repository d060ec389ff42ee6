package dev.moniker.entities;

import dev.moniker.analysis.TextReport;
import java.util.List;
import java.util.Optional;

/** For tests: what analysis recognises in a text, looked up by the words as written. */
final class Recognized {

  private final TextReport report;

  private Recognized(TextReport report) {
    this.report = report;
  }

  static Recognized in(String text) {
    return new Recognized(TextReport.of(EntityDictionary.defaults(), text));
  }

  static Recognized in(String text, int year) {
    return new Recognized(TextReport.of(EntityDictionary.defaults(), text, year));
  }

  static Recognized in(EntityDictionary dict, String text, int year) {
    return new Recognized(TextReport.of(dict, text, year));
  }

  Optional<TextReport.Found> at(String matched) {
    return report.entities().stream().filter(f -> f.matched().equals(matched)).findFirst();
  }

  /** Canonical names of every entity recognised at these words (several for "the two Koreas"). */
  List<String> allAt(String matched) {
    return report.entities().stream().filter(f -> f.matched().equals(matched)).map(TextReport.Found::canonical).toList();
  }

  /** The canonical name at these words, or null when nothing was recognised there. */
  String canonical(String matched) {
    return at(matched).map(TextReport.Found::canonical).orElse(null);
  }

  String reason(String matched) {
    return at(matched).map(TextReport.Found::reason).orElse(null);
  }

  List<TextReport.Ambiguous> ambiguous() {
    return report.ambiguous();
  }

  @Override
  public String toString() {
    return report.entities() + " " + report.ambiguous();
  }
}
