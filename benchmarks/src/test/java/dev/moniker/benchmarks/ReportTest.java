package dev.moniker.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Verdicts that respect noise, and which rows a run must report. */
class ReportTest {

  private static final Report.Pair WORD = new Report.Pair("word", "monikerWordCommon", "plainWordCommon", 1.1);

  @Test
  void metOnlyWhenTheTargetHoldsWithTheErrorAgainstUs() {
    // 100 ± 2 against 100 ± 2: 102 / 98 = 1.04x at worst, within 1.1x
    assertEquals("≤ 1.1x: met", ratio(100, 2, 100, 2).verdict(1.1));
    // 105 against 100 meets 1.1x by the means, but 115 / 95 = 1.21x does not
    Report.Ratio noisy = ratio(105, 10, 100, 5);
    assertEquals(1.05, noisy.mean(), 1e-9);
    assertEquals(115.0 / 95, noisy.againstUs(), 1e-9);
    assertEquals("≤ 1.1x: **not shown** (within error)", noisy.verdict(1.1));
    assertEquals("≤ 1.1x: **missed**", ratio(120, 1, 100, 1).verdict(1.1));
    // "5x faster": 10 + 1 against 100 - 10 is 0.12x, within 0.2x
    assertEquals("≥ 5x faster: met", ratio(10, 1, 100, 10).verdict(0.2));
    assertEquals("-", ratio(120, 1, 100, 1).verdict(0));
  }

  @Test
  void anErrorAsLargeAsTheBaselineShowsNothing() {
    Report.Ratio r = ratio(50, 1, 100, 100);
    assertTrue(Double.isInfinite(r.againstUs()));
    assertEquals("≤ 1.1x: **not shown** (within error)", r.verdict(1.1));
    assertEquals("≤ 1.1x: **not shown** (within error)", ratio(50, Double.NaN, 100, 1).verdict(1.1), "one iteration: no error");
  }

  @Test
  void aRowIsExpectedWhenIncludeSelectsBothItsMethods() {
    assertTrue(Report.expected(WORD, null));
    assertTrue(Report.expected(WORD, "WordCommon"));
    assertFalse(Report.expected(WORD, "moniker"), "the baseline was not run");
    assertFalse(Report.expected(WORD, "Entity|Facets"));
  }

  private static Report.Ratio ratio(double moniker, double monikerError, double baseline, double baselineError) {
    return Report.Ratio.of(moniker, monikerError, baseline, baselineError);
  }
}
