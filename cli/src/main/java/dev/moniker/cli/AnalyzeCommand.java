package dev.moniker.cli;

import dev.moniker.MonikerException;
import dev.moniker.analysis.TextReport;
import dev.moniker.entities.EntityDictionary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    header = "Show what the analysis makes of a text: tokens and recognised entities.",
    description = {
      "For each entity: its type, canonical name, the spelling that matched, and why",
      "(DICTIONARY, NATIVE_SCRIPT, ROMANIZATION, NAME_SHAPE, GIVEN_NAME, INITIALS, DEMONYM, SHORT_MENTION,",
      "SCAN_REPAIR, TYPO); names that several known people fit and nothing decided are listed",
      "as ambiguous. --date sets the article's year, which decides between people of one name.",
      "Use it to find out why a search missed an article."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  moniker analyze \"Kim Jong Eun met Pak Kun-hye; Kim's aides rebuffed Chin's advice.\"",
      "  moniker analyze --json --entities my-entities.tsv \"Choe Ryong-hae\"",
      "  moniker analyze --date 1955 \"Generalissimo Chiang met Dulles.\""
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The text (several words are joined).")
  List<String> text;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Mixin SharedOptions shared;

  @Option(
      names = "--date",
      paramLabel = "YEAR",
      description = "The article's year (or a date starting with it): decides between people who share a name.")
  String date;

  private int year;

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
    TextReport report = TextReport.of(dictionary, String.join(" ", text), year);
    PrintWriter out = spec.commandLine().getOut();
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
