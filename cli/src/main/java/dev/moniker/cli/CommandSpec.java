package dev.moniker.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command takes and what its {@code --help} says: the parser ({@link Args}) and the help
 * ({@link Help}) are both made from it, so the two cannot disagree.
 *
 * @param name the command's name ({@code search}), or {@code moniker} for the root
 * @param header the lines above the usage line
 * @param description the lines under it (an empty string is a blank line)
 * @param options the options besides {@code --help} and {@code --version}
 * @param positional the arguments after the options, or null for none
 * @param examples the lines under "Examples:", none for no such section
 * @param standardOptions {@code -h, --help} and, but for {@code help}, {@code -V, --version}
 */
record CommandSpec(
    String name,
    List<String> header,
    List<String> description,
    List<OptionSpec> options,
    Positional positional,
    List<String> examples,
    List<OptionSpec> standardOptions) {

  /** A command with the standard help and version options. */
  static CommandSpec of(
      String name,
      String header,
      List<String> description,
      List<OptionSpec> options,
      Positional positional,
      List<String> examples) {
    return new CommandSpec(name, List.of(header), description, options, positional, examples, OptionSpec.STANDARD);
  }

  /** The option named {@code --long} (or {@code -short}), or null. */
  OptionSpec option(String name) {
    for (OptionSpec o : allOptions()) {
      if (name.equals("--" + o.longName()) || (o.shortName() != null && name.equals("-" + o.shortName()))) {
        return o;
      }
    }
    return null;
  }

  /** The declared options and the standard ones. */
  List<OptionSpec> allOptions() {
    List<OptionSpec> all = new ArrayList<>(options);
    all.addAll(standardOptions);
    return all;
  }

  /**
   * An option: a flag when {@code label} is null, else it takes one value, given once or, when
   * {@code repeatable}, any number of times.
   */
  record OptionSpec(String shortName, String longName, String label, boolean repeatable, String description) {

    static final OptionSpec HELP = flag("h", "help", "Show this help message and exit.");
    static final OptionSpec VERSION = flag("V", "version", "Print version information and exit.");
    static final List<OptionSpec> STANDARD = List.of(HELP, VERSION);

    static OptionSpec flag(String shortName, String longName, String description) {
      return new OptionSpec(shortName, longName, null, false, description);
    }

    static OptionSpec value(String shortName, String longName, String label, String description) {
      return new OptionSpec(shortName, longName, label, false, description);
    }

    static OptionSpec repeatable(String longName, String label, String description) {
      return new OptionSpec(null, longName, label, true, description);
    }

    boolean takesValue() {
      return label != null;
    }

    /** How usage errors name it: by its long name. */
    String displayName() {
      return "--" + longName;
    }
  }

  /** The arguments after the options, joined by the command; {@code variadic}: one or more. */
  record Positional(String label, boolean required, boolean variadic, String description) {

    /** How the synopsis and the option list show it: {@code QUERY...}, {@code [QUERY...]}. */
    String synopsis() {
      String s = label + (variadic ? "..." : "");
      return required ? s : "[" + s + "]";
    }
  }
}
