package dev.moniker.cli;

import dev.moniker.MonikerException;
import dev.moniker.analysis.TextReport;
import dev.moniker.cli.CommandSpec.OptionSpec;
import dev.moniker.cli.CommandSpec.Positional;
import dev.moniker.entities.EntityDictionary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

final class AnalyzeCommand implements Callable<Integer> {

  static final CommandSpec SPEC;

  static {
    List<OptionSpec> options = new ArrayList<>();
    options.add(OptionSpec.flag(null, "json", "Print one JSON object instead of text."));
    options.addAll(SharedOptions.OPTIONS);
    options.add(
        OptionSpec.value(
            null,
            "date",
            "YEAR",
            "The article's year (or a date starting with it): decides between people who share a name."));
    options.add(
        OptionSpec.value(
            null,
            "source",
            "SOURCE",
            "The article's source, as the index gets it: a town and state in it (\"The Daily Star (Paola, Kan.)\")"
                + " say where the paper was published, and decide between towns of one name."));
    SPEC =
        CommandSpec.of(
            "analyze",
            "Show what the analysis makes of a text: tokens and recognised entities.",
            List.of(
                "For each entity: its type, canonical name, the spelling that matched, and why",
                "(DICTIONARY, NATIVE_SCRIPT, ROMANIZATION, NAME_SHAPE, GIVEN_NAME, INITIALS, DEMONYM, SHORT_MENTION,",
                "SCAN_REPAIR, TYPO); names that several known people fit and nothing decided are listed",
                "as ambiguous. --date sets the article's year, which decides between people of one name.",
                "Use it to find out why a search missed an article."),
            List.copyOf(options),
            new Positional("TEXT", true, true, "The text (several words are joined)."),
            List.of(
                "  moniker analyze \"Kim Jong Eun met Pak Kun-hye; Kim's aides rebuffed Chin's advice.\"",
                "  moniker analyze --json --entities my-entities.tsv \"Choe Ryong-hae\"",
                "  moniker analyze --date 1955 \"Generalissimo Chiang met Dulles.\"",
                "  moniker analyze --source \"News (Goldsboro, N.C.)\" \"Louisburg boys left.\""));
  }

  private final List<String> text;
  private final boolean json;
  private final SharedOptions shared;
  private final String date;
  private final String source;
  private final Io io;

  private int year;

  AnalyzeCommand(Args args, Io io) {
    json = args.flag("json");
    shared = new SharedOptions(args);
    date = args.value("date");
    source = args.value("source");
    text = args.positionals();
    this.io = io;
  }

  @Override
  public Integer call() throws Exception {
    if (date != null) {
      if (!date.matches("\\d{4}(-.*)?")) {
        throw new MonikerException(
            MonikerException.Kind.INVALID_ARGUMENT, "--date must start with a four-digit year, e.g. 1955 or 1955-06-01");
      }
      year = Integer.parseInt(date.substring(0, 4));
    }
    EntityDictionary dictionary;
    try {
      dictionary = EntityDictionary.withFiles(shared.entityFiles, !shared.noDemonyms);
    } catch (IllegalArgumentException e) {
      throw new MonikerException(MonikerException.Kind.INVALID_ARGUMENT, e.getMessage(), e);
    }
    TextReport report = TextReport.of(dictionary, String.join(" ", text), year, source);
    PrintWriter out = io.out();
    if (json) {
      Json.print(out, report);
      return ExitCodes.OK;
    }
    out.println("Entities:");
    if (report.entities().isEmpty()) {
      out.println("  (none)");
    }
    for (TextReport.Found f : report.entities()) {
      out.printf(
          "  %-6s %-28s \"%s\" [%d-%d] %s%s%n",
          f.type(), f.canonical(), f.matched(), f.start(), f.end(), f.reason(),
          f.known() ? "" : " (not in the dictionary)");
    }
    if (!report.ambiguous().isEmpty()) {
      out.println("Left unlinked (several known entities fit, nothing in the text decided):");
      for (TextReport.Ambiguous a : report.ambiguous()) {
        out.printf("  \"%s\" [%d-%d] could be: %s%n", a.matched(), a.start(), a.end(), String.join(", ", a.candidates()));
      }
      out.println("  (give --date YEAR, or name the person in full earlier in the text)");
    }
    out.println("Tokens (position: term [start-end] type):");
    for (TextReport.Token t : report.tokens()) {
      out.printf("  %3d: %s [%d-%d] %s%n", t.position(), t.term(), t.start(), t.end(), t.type());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
