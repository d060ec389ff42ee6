package dev.moniker.cli;

import dev.moniker.cli.CommandSpec.OptionSpec;
import dev.moniker.cli.CommandSpec.Positional;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command's {@code --help}, made from its {@link CommandSpec}: header, usage line, description,
 * the arguments and options with what they do, subcommands, exit codes, examples. Text is wrapped
 * at 80 columns, between words (never after a hyphen); on a terminal that takes colour, command
 * names are bold, options and arguments yellow and option values italic.
 */
final class Help {

  static final int WIDTH = 80;

  private static final String BOLD = "\u001b[1m";
  private static final String BOLD_OFF = "\u001b[21m";
  private static final String YELLOW = "\u001b[33m";
  private static final String YELLOW_OFF = "\u001b[39m";
  private static final String ITALIC = "\u001b[3m";
  private static final String ITALIC_OFF = "\u001b[23m";
  private static final String RESET = "\u001b[0m";

  private static final Pattern OPTION_TOKEN = Pattern.compile("(\\[?)(--?[A-Za-z][\\w-]*)(?:=([^\\]]+))?(\\]?(?:\\.\\.\\.)?)");

  /** Subcommands listed under "Commands:": name and header. */
  record Listed(String name, String header) {}

  private final boolean styled;
  private final StringBuilder text = new StringBuilder();

  private Help(boolean styled) {
    this.styled = styled;
  }

  /**
   * The help of {@code spec}, run as {@code qualifiedName} ({@code moniker search}).
   *
   * @param subcommands listed under "Commands:" (none for a subcommand)
   * @param exitCodes listed under "Exit codes:", code and meaning
   */
  static String of(
      CommandSpec spec, String qualifiedName, List<Listed> subcommands, List<String[]> exitCodes, boolean styled) {
    return new Help(styled).render(spec, qualifiedName, subcommands, exitCodes);
  }

  private String render(CommandSpec spec, String qualifiedName, List<Listed> subcommands, List<String[]> exitCodes) {
    for (String line : spec.header()) {
      wrapped(line, WIDTH, 0);
    }
    String prefix = "Usage: " + qualifiedName + " ";
    List<String> usage = wrap(prefix + synopsis(spec, !subcommands.isEmpty()), WIDTH, prefix.length());
    for (int i = 0; i < usage.size(); i++) {
      String line = usage.get(i);
      if (i == 0) {
        line = "Usage: " + bold(qualifiedName) + " " + styleSynopsis(line.substring(prefix.length()), spec);
      } else {
        line = line.substring(0, prefix.length()) + styleSynopsis(line.substring(prefix.length()), spec);
      }
      text.append(line).append('\n');
    }
    for (String line : spec.description()) {
      wrapped(line, WIDTH, 0);
    }
    optionTable(spec);
    if (!subcommands.isEmpty()) {
      text.append("Commands:\n");
      int width = subcommands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
      for (Listed c : subcommands) {
        String cell = "  " + c.name() + " ".repeat(width - c.name().length() + 2);
        row(cell, "  " + bold(c.name()) + " ".repeat(width - c.name().length() + 2), c.header());
      }
    }
    if (!exitCodes.isEmpty()) {
      text.append("\nExit codes:\n");
      for (String[] code : exitCodes) {
        String cell = "  " + code[0] + " ".repeat(Math.max(1, 4 - code[0].length()));
        row(cell, cell, code[1]);
      }
    }
    if (!spec.examples().isEmpty()) {
      text.append("\nExamples:\n");
      for (String line : spec.examples()) {
        wrapped(line, WIDTH, 0);
      }
    }
    return text.toString();
  }

  /** The usage line after the command's name: options in brackets, then the arguments. */
  static String synopsis(CommandSpec spec, boolean hasSubcommands) {
    List<OptionSpec> all = spec.allOptions();
    Comparator<OptionSpec> byName = Comparator.comparing(o -> shortest(o).replace("-", "").toLowerCase(java.util.Locale.ROOT));
    StringBuilder cluster = new StringBuilder();
    all.stream()
        .filter(o -> !o.takesValue() && o.shortName() != null)
        .map(OptionSpec::shortName)
        .sorted(Comparator.comparing((String s) -> s.toLowerCase(java.util.Locale.ROOT)).thenComparing(Comparator.reverseOrder()))
        .forEach(cluster::append);
    List<String> parts = new ArrayList<>();
    if (!cluster.isEmpty()) {
      parts.add("[-" + cluster + "]");
    }
    all.stream().filter(o -> !o.takesValue() && o.shortName() == null).sorted(byName)
        .forEach(o -> parts.add("[--" + o.longName() + "]"));
    all.stream().filter(o -> o.takesValue() && !o.repeatable()).sorted(byName)
        .forEach(o -> parts.add("[" + shortest(o) + "=" + o.label() + "]"));
    all.stream().filter(OptionSpec::repeatable).sorted(byName)
        .forEach(o -> parts.add("[" + shortest(o) + "=" + o.label() + "]..."));
    if (spec.positional() != null) {
      parts.add(spec.positional().synopsis());
    }
    if (hasSubcommands) {
      parts.add("[COMMAND]");
    }
    return String.join(" ", parts);
  }

  private static String shortest(OptionSpec o) {
    return o.shortName() != null ? "-" + o.shortName() : "--" + o.longName();
  }

  /** The arguments, then every option by its long name, each with what it does. */
  private void optionTable(CommandSpec spec) {
    List<OptionSpec> options = new ArrayList<>(spec.allOptions());
    options.sort(Comparator.comparing(o -> o.longName().toLowerCase(java.util.Locale.ROOT)));
    Positional p = spec.positional();
    int longest = p == null ? 0 : p.synopsis().length();
    for (OptionSpec o : options) {
      longest = Math.max(longest, longPart(o).length());
    }
    int column = 6 + longest + 3;
    if (p != null) {
      String plain = "      " + p.synopsis();
      // as picocli styled it: a required argument's row starts with a coloured space
      String styledCell =
          (p.required() ? yellow(" ") + "     " : "      ") + p.synopsis().replace(p.label(), yellow(p.label()));
      row(pad(plain, column), styledCell + " ".repeat(column - plain.length()), p.description());
    }
    for (OptionSpec o : options) {
      String plain = (o.shortName() != null ? "  -" + o.shortName() + ", " : "      ") + longPart(o);
      String styledCell =
          (o.shortName() != null ? "  " + yellow("-" + o.shortName()) + ", " : "      ")
              + yellow("--" + o.longName())
              + (o.takesValue() ? "=" + italic(o.label()) : "");
      row(pad(plain, column), styledCell + " ".repeat(column - plain.length()), o.description());
    }
  }

  private static String longPart(OptionSpec o) {
    return "--" + o.longName() + (o.takesValue() ? "=" + o.label() : "");
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  /** A table row: a cell of the given width, then text wrapped beside it, its further lines indented by 2. */
  private void row(String cell, String styledCell, String description) {
    List<String> lines = wrap(description, WIDTH - cell.length(), 2);
    if (lines.isEmpty()) {
      lines = List.of("");
    }
    text.append(rtrim((styled ? styledCell : cell) + lines.get(0))).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      text.append(rtrim(" ".repeat(cell.length()) + line)).append('\n');
    }
  }

  private void wrapped(String line, int width, int indent) {
    List<String> lines = wrap(line, width, indent);
    if (lines.isEmpty()) {
      text.append('\n');
    }
    for (String l : lines) {
      text.append(l).append('\n');
    }
  }

  /**
   * {@code text} in lines of at most {@code width} characters, broken where a line may break
   * (after spaces, not after hyphens); the lines after the first start with {@code indent} spaces.
   */
  static List<String> wrap(String text, int width, int indent) {
    List<String> lines = new ArrayList<>();
    if (text.isEmpty()) {
      return lines;
    }
    BreakIterator breaks = BreakIterator.getLineInstance();
    breaks.setText(text.replace('-', '\u00ff'));
    StringBuilder line = new StringBuilder();
    int lineStart = 0; // where this line's own text starts (after an indent)
    for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String word = text.substring(start, end);
      if (line.length() + word.length() > width && line.length() > lineStart) {
        lines.add(rtrim(line.toString()));
        line.setLength(0);
        line.append(" ".repeat(indent));
        lineStart = indent;
      }
      while (line.length() + word.length() > width && line.length() == lineStart) {
        // a word wider than the line: as much as fits
        int fits = width - line.length();
        line.append(word, 0, fits);
        word = word.substring(fits);
        lines.add(line.toString());
        line.setLength(0);
        line.append(" ".repeat(indent));
      }
      line.append(word);
    }
    if (line.length() > lineStart || lines.isEmpty()) {
      lines.add(rtrim(line.toString()));
    }
    return lines;
  }

  private static String rtrim(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }

  private String styleSynopsis(String line, CommandSpec spec) {
    if (!styled) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    for (String token : line.split(" ", -1)) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      Matcher m = OPTION_TOKEN.matcher(token);
      Positional p = spec.positional();
      if (m.matches()) {
        out.append(m.group(1)).append(yellow(m.group(2)));
        if (m.group(3) != null) {
          out.append('=').append(italic(m.group(3)));
        }
        out.append(m.group(4));
      } else if (p != null && token.equals(p.synopsis())) {
        out.append(token.replace(p.label(), yellow(p.label())));
      } else {
        out.append(token);
      }
    }
    return out.toString();
  }

  private String bold(String s) {
    return styled ? BOLD + s + BOLD_OFF + RESET : s;
  }

  private String yellow(String s) {
    return styled ? YELLOW + s + YELLOW_OFF + RESET : s;
  }

  private String italic(String s) {
    return styled ? ITALIC + s + ITALIC_OFF + RESET : s;
  }
}
