package dev.moniker.search;

import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import dev.moniker.analysis.UnlinkedNames;
import dev.moniker.entities.EntityType;
import dev.moniker.index.ArticleFields;
import dev.moniker.ingest.Dates;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.RegExp;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene's classic query syntax over title and body, with all words required by default, dates
 * understood as ISO-8601 days, and field names checked so that a typo is an error instead of a
 * silent empty result. Not thread-safe: make one per query.
 */
final class MonikerQueryParser extends MultiFieldQueryParser {

  /** Longest query text accepted, in characters. */
  static final int MAX_QUERY_CHARS = 10_000;

  /** Deepest nesting of parentheses accepted: the parser recurses once per level. */
  static final int MAX_NESTING = 100;

  /**
   * Largest automaton a regular expression may expand to before it is determinized, in states:
   * {@code /a{999999999}/} would otherwise fill the heap while the automaton is being built.
   */
  static final int MAX_REGEXP_STATES = 10_000;

  /**
   * Most fuzzy terms ({@code word~}) in one query, and their longest length: each walks the
   * terms dictionary with an automaton, so hundreds of them, or very long ones, would let one
   * query take seconds.
   */
  static final int MAX_FUZZY_TERMS = 16;

  static final int MAX_FUZZY_TERM_CHARS = 64;

  private int fuzzyTerms;
  private boolean expandingFuzzy;

  /** Longest error message shown: a message that echoes a huge query helps nobody. */
  private static final int MAX_MESSAGE_CHARS = 300;

  private static final String[] DEFAULT_FIELDS = {ArticleFields.TITLE, ArticleFields.BODY};
  private static final Map<String, Float> BOOSTS =
      Map.of(ArticleFields.TITLE, 2f, ArticleFields.BODY, 1f);
  private static final Set<String> FIELDS =
      Set.of(
          ArticleFields.ID,
          ArticleFields.TITLE,
          ArticleFields.BODY,
          ArticleFields.SOURCE,
          ArticleFields.DATE);

  /** Whether a name in the default fields searches the {@link ArticleFields#ENTITY} field. */
  private final boolean entityField;

  MonikerQueryParser(Analyzer analyzer, boolean entityField) {
    super(DEFAULT_FIELDS, analyzer, BOOSTS);
    this.entityField = entityField;
    setDefaultOperator(AND_OPERATOR);
    setAllowLeadingWildcard(false);
  }

  /** Parses {@code text}, or fails with an {@code INVALID_QUERY} message of one line. */
  static Query parseQuery(String text, Analyzer analyzer) {
    return parseQuery(text, analyzer, true);
  }

  /**
   * Parses {@code text}; with {@code entityField} false, names are searched in title and body as
   * written there, which is what the highlighter needs to find them in the text.
   */
  static Query parseQuery(String text, Analyzer analyzer, boolean entityField) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw invalid("empty query; to list every article, search for *:*");
    }
    if (trimmed.length() > MAX_QUERY_CHARS) {
      throw invalid(
          "query is " + trimmed.length() + " characters long; the limit is " + MAX_QUERY_CHARS);
    }
    checkBalanced(trimmed);
    try {
      return new MonikerQueryParser(analyzer, entityField).parse(trimmed);
    } catch (ParseException e) {
      if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
        throw tooManyClauses(e);
      }
      throw new MonikerException(
          Kind.INVALID_QUERY, "malformed query: " + summary(e.getMessage(), trimmed), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses(e);
    } catch (TooComplexToDeterminizeException e) {
      throw new MonikerException(
          Kind.INVALID_QUERY, "regular expression is too complex; simplify it", e);
    } catch (IllegalArgumentException e) {
      throw new MonikerException(
          Kind.INVALID_QUERY, "malformed query: " + summary(e.getMessage(), trimmed), e);
    }
  }

  private static MonikerException tooManyClauses(Exception e) {
    return new MonikerException(
        Kind.INVALID_QUERY,
        "query has more than " + IndexSearcher.getMaxClauseCount() + " clauses; simplify it",
        e);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    if (ArticleFields.DATE.equals(checked(field))) {
      return dayRange(queryText);
    }
    Query q = super.getFieldQuery(checked(field), queryText, quoted);
    if (field == null && entityField) {
      q = onEntityField(q);
    }
    if (field == null && !quoted && q != null && namesAnEntity(q)) {
      q = orUnlinked(q, TypedNames.of(getAnalyzer(), queryText)); // only names pay for this
    }
    return oneTermAcrossFields(field, q);
  }

  /**
   * Each entity named by the words typed also matches those words where the index holds them as
   * {@link UnlinkedNames unlinked names}: capitalised, no common English word, and taken by no
   * mention. This is the rule that keeps Moniker from finding less than a plain phrase query for
   * the typed name: an article where recognition was unsure still matches the spelling typed,
   * and one where the words were recognised as someone else, or are English words, does not.
   */
  private static Query orUnlinked(Query q, Map<String, TypedNames.Typed> typed) {
    if (typed.isEmpty()) {
      return q;
    }
    String entity = entityOf(q);
    if (entity != null) {
      TypedNames.Typed t = typed.get(entity);
      if (t == null || (t.unlinked().isEmpty() && t.surnameAndRest().isEmpty())) {
        return q;
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(q, BooleanClause.Occur.SHOULD);
      for (java.util.List<String> words : t.unlinked()) {
        b.add(inTitleOrBody(words), BooleanClause.Occur.SHOULD);
      }
      for (java.util.List<String> net : t.surnameAndRest()) {
        BooleanQuery.Builder both = new BooleanQuery.Builder();
        both.add(inTitleOrBody(net.subList(0, 1)), BooleanClause.Occur.MUST);
        for (String word : TypedNames.indexedWords(String.join(" ", net.subList(1, net.size())))) {
          BooleanQuery.Builder either = new BooleanQuery.Builder();
          either.add(new TermQuery(new Term(ArticleFields.TITLE, word)), BooleanClause.Occur.SHOULD);
          either.add(new TermQuery(new Term(ArticleFields.BODY, word)), BooleanClause.Occur.SHOULD);
          both.add(either.build(), BooleanClause.Occur.MUST);
        }
        b.add(both.build(), BooleanClause.Occur.SHOULD);
      }
      return b.build();
    }
    if (q instanceof BoostQuery boosted) {
      return new BoostQuery(orUnlinked(boosted.getQuery(), typed), boosted.getBoost());
    }
    if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause c : bq.clauses()) {
        b.add(c.occur() == BooleanClause.Occur.MUST_NOT ? c.query() : orUnlinked(c.query(), typed), c.occur());
      }
      return b.build();
    }
    return q;
  }

  /** Whether any term of the query is an entity term: words alone need no second reading. */
  private static boolean namesAnEntity(Query q) {
    boolean[] found = new boolean[1];
    q.visit(
        new org.apache.lucene.search.QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) {
              found[0] |= EntityType.isEntityTerm(t.text());
            }
          }

          @Override
          public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return found[0];
  }

  private static Query inTitleOrBody(java.util.List<String> words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new BoostQuery(unlinked(ArticleFields.TITLE, words), 2f), BooleanClause.Occur.SHOULD);
    b.add(unlinked(ArticleFields.BODY, words), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  /** The entity a query clause stands for: one entity-field term, or its title-or-body pair. */
  private static String entityOf(Query q) {
    if (q instanceof TermQuery tq && tq.getTerm().field().equals(ArticleFields.ENTITY)) {
      return tq.getTerm().text();
    }
    return entityAlternatives(q);
  }

  private static Query unlinked(String field, java.util.List<String> words) {
    if (words.size() == 1) {
      return new TermQuery(new Term(field, UnlinkedNames.term(words.get(0))));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (String w : words) {
      phrase.add(new Term(field, UnlinkedNames.term(w)));
    }
    return phrase.build();
  }

  /**
   * A name typed without a field becomes one term on the entity field, in place of "the entity
   * in the title or in the body": the same articles, scored by weighted mentions, and found
   * without the two-list disjunction that cannot skip for names common in headlines. Names among
   * other words are replaced position by position.
   */
  private static Query onEntityField(Query q) {
    String entity = entityAlternatives(q);
    if (entity != null) {
      return new TermQuery(new Term(ArticleFields.ENTITY, entity));
    }
    if (q instanceof BooleanQuery bq
        && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.query() instanceof BooleanQuery)) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause c : bq.clauses()) {
        b.add(onEntityField(c.query()), c.occur());
      }
      return b.build();
    }
    return q;
  }

  /** The entity term when {@code q} is that term in title or body and nothing else, else null. */
  private static String entityAlternatives(Query q) {
    if (!(q instanceof BooleanQuery bq) || bq.clauses().isEmpty()) {
      return null;
    }
    String text = null;
    for (BooleanClause c : bq.clauses()) {
      Query leaf = c.query() instanceof BoostQuery boosted ? boosted.getQuery() : c.query();
      if (c.occur() != BooleanClause.Occur.SHOULD
          || !(leaf instanceof TermQuery tq)
          || !(tq.getTerm().field().equals(ArticleFields.TITLE)
              || tq.getTerm().field().equals(ArticleFields.BODY))
          || (text != null && !text.equals(tq.getTerm().text()))) {
        return null;
      }
      text = tq.getTerm().text();
    }
    return EntityType.isEntityTerm(text) ? text : null;
  }

  /**
   * Keeps "this term in the title or the body" one clause. Lucene 10.5's parser (the one
   * OpenSearch 3.8 runs on) spreads a boosted title-or-body disjunction into separate required
   * clauses under the AND operator, so {@code Kim Jong Un} would need the entity in both fields
   * (apache/lucene#16441, fixed in 10.6). Wrapped, the disjunction stays whole in every version;
   * a boost of 1 changes no score.
   */
  private static Query oneTermAcrossFields(String field, Query q) {
    if (field == null
        && q instanceof BooleanQuery bq
        && bq.clauses().stream().noneMatch(c -> c.query() instanceof BooleanQuery)) {
      return new BoostQuery(q, 1f);
    }
    return q;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    if (ArticleFields.DATE.equals(checked(field))) {
      return dayRange(queryText);
    }
    return super.getFieldQuery(checked(field), queryText, slop);
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (ArticleFields.DATE.equals(checked(field))) {
      long lo = part1 == null || part1.equals("*") ? Long.MIN_VALUE : millis(part1);
      long hi = part2 == null || part2.equals("*") ? Long.MAX_VALUE : endOf(part2);
      if (!startInclusive && lo != Long.MIN_VALUE) {
        lo = endOf(part1) + 1;
      }
      if (!endInclusive && hi != Long.MAX_VALUE) {
        hi = millis(part2) - 1;
      }
      return LongPoint.newRangeQuery(ArticleFields.DATE, lo, hi);
    }
    return super.getRangeQuery(checked(field), part1, part2, startInclusive, endInclusive);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if ("*".equals(field) && "*".equals(termStr)) {
      return super.getWildcardQuery(field, termStr);
    }
    String f = notDate(checked(field));
    if (termStr.startsWith("*") || termStr.startsWith("?")) {
      throw new ParseException(
          "a word may not start with * or ? (it would read every word in the index); put a"
              + " letter first, or search for *:* to list every article");
    }
    return super.getWildcardQuery(f, termStr);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return super.getPrefixQuery(notDate(checked(field)), termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    if (expandingFuzzy) { // the multi-field parser calling back once per default field
      return super.getFuzzyQuery(notDate(checked(field)), termStr, minSimilarity);
    }
    if (termStr.length() > MAX_FUZZY_TERM_CHARS) {
      throw new ParseException(
          "a fuzzy term (word~) may be at most " + MAX_FUZZY_TERM_CHARS + " characters long");
    }
    if (++fuzzyTerms > MAX_FUZZY_TERMS) {
      throw new ParseException(
          "a query may have at most " + MAX_FUZZY_TERMS + " fuzzy terms (word~); remove some");
    }
    expandingFuzzy = true;
    try {
      return super.getFuzzyQuery(notDate(checked(field)), termStr, minSimilarity);
    } finally {
      expandingFuzzy = false;
    }
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    String f = notDate(checked(field));
    if (regexpStates(new RegExp(termStr, RegExp.ALL)) > MAX_REGEXP_STATES) {
      throw new ParseException(
          "regular expression /"
              + abbreviate(termStr, 40)
              + "/ repeats too much (more than "
              + MAX_REGEXP_STATES
              + " automaton states); use smaller {n} counts");
    }
    return super.getRegexpQuery(f, termStr);
  }

  /**
   * About how many states the regular expression's automaton has before determinizing, saturating
   * early: repetitions multiply, everything else adds up. Concatenations and unions are walked
   * without recursion, as they can be as long as the query.
   */
  static long regexpStates(RegExp regexp) {
    long total = 0;
    Deque<RegExp> pending = new ArrayDeque<>();
    pending.push(regexp);
    while (!pending.isEmpty() && total <= MAX_REGEXP_STATES) {
      RegExp e = pending.pop();
      switch (e.kind) {
        case REGEXP_UNION, REGEXP_CONCATENATION -> {
          pending.push(e.exp1);
          pending.push(e.exp2);
        }
        case REGEXP_OPTIONAL, REGEXP_REPEAT, REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT ->
            pending.push(e.exp1);
        case REGEXP_REPEAT_MIN -> total += times(regexpStates(e.exp1), e.min + 1L);
        case REGEXP_REPEAT_MINMAX ->
            total += times(regexpStates(e.exp1), Math.max(1L, Math.max(e.min, e.max)));
        case REGEXP_INTERSECTION -> total += times(regexpStates(e.exp1), regexpStates(e.exp2));
        case REGEXP_STRING -> total += e.s.length() + 1L;
        case REGEXP_INTERVAL -> total += 10L * (e.digits + 1L);
        default -> total += 2;
      }
    }
    return total;
  }

  private static long times(long a, long b) {
    return a > 0 && b > (MAX_REGEXP_STATES + 1L) / a ? MAX_REGEXP_STATES + 1L : a * b;
  }

  private static String checked(String field) throws ParseException {
    if (field == null) {
      return null;
    }
    String f = field.toLowerCase(Locale.ROOT);
    if (!FIELDS.contains(f)) {
      throw new ParseException(
          "unknown field '"
              + abbreviate(field, 40)
              + "' (fields: title, body, source, id, date); to search for the text, quote it or"
              + " write "
              + abbreviate(field, 40)
              + "\\:");
    }
    return f;
  }

  private static String notDate(String field) throws ParseException {
    if (ArticleFields.DATE.equals(field)) {
      throw new ParseException(
          "dates take a day (date:2018-05-08) or a range (date:[2018-01-01 TO 2018-06-30])");
    }
    return field;
  }

  private static Query dayRange(String text) throws ParseException {
    return LongPoint.newRangeQuery(ArticleFields.DATE, millis(text), endOf(text));
  }

  private static long millis(String text) throws ParseException {
    try {
      return Dates.parse(text).toEpochMilli();
    } catch (IllegalArgumentException e) {
      throw new ParseException(e.getMessage());
    }
  }

  /** The last millisecond of a day given as a day, or the instant itself. */
  private static long endOf(String text) throws ParseException {
    Instant start = Instant.ofEpochMilli(millis(text));
    return text.strip().length() == 10
        ? start.plus(1, ChronoUnit.DAYS).toEpochMilli() - 1
        : start.toEpochMilli();
  }

  private static void checkBalanced(String q) {
    int quotes = 0;
    int depth = 0;
    boolean inQuote = false;
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quotes++;
        inQuote = !inQuote;
      } else if (!inQuote && c == '(') {
        if (++depth > MAX_NESTING) {
          throw invalid("parentheses nested more than " + MAX_NESTING + " deep; simplify the query");
        }
      } else if (!inQuote && c == ')') {
        if (--depth < 0) {
          throw invalid("unbalanced parentheses: ')' at column " + (i + 1) + " closes nothing");
        }
      }
    }
    if (quotes % 2 != 0) {
      throw invalid("unbalanced quotation marks: a phrase is opened with \" but not closed");
    }
    if (depth > 0) {
      throw invalid("unbalanced parentheses: " + depth + " '(' not closed");
    }
  }

  /** The parser's message without the echoed query and the grammar's expectations, in a line. */
  private static String summary(String message, String query) {
    String m = message == null ? "" : message;
    String echo = "Cannot parse '" + query + "': ";
    if (m.startsWith(echo)) {
      m = m.substring(echo.length());
    }
    int expecting = m.indexOf("Was expecting");
    if (expecting > 0) {
      m = m.substring(0, expecting);
    }
    m = m.replaceAll("\\s+", " ").trim();
    return m.isEmpty() ? "cannot parse the query" : abbreviate(m, MAX_MESSAGE_CHARS);
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }

  private static MonikerException invalid(String message) {
    return new MonikerException(Kind.INVALID_QUERY, message);
  }
}
