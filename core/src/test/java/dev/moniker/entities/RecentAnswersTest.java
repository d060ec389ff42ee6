package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentAnswersTest {

  @Test
  void aWordAskedAgainIsAnsweredWithoutTheQuestion() {
    AtomicInteger asked = new AtomicInteger();
    RecentAnswers answers = new RecentAnswers(w -> asked.incrementAndGet() > 0 && w.startsWith("t"));
    assertEquals(true, answers.test("the"));
    assertEquals(true, answers.test(new String("the")), "an equal word, another String");
    assertEquals(false, answers.test("kim"));
    assertEquals(false, answers.test("kim"));
    assertEquals(2, asked.get());
  }

  @Test
  void everyAnswerIsTheQuestionsOwnThoughWordsShareSlots() {
    RecentAnswers answers = new RecentAnswers(w -> w.length() % 3 == 0);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 80_000; i++) { // five words a slot: each evicts others
        String w = "w".repeat(i % 7 + 1) + i;
        assertEquals(w.length() % 3 == 0, answers.test(w), w);
      }
    }
  }
}
