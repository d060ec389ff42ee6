package dev.moniker.cli;

import dev.moniker.cli.CommandSpec.OptionSpec;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/**
 * One command's arguments, parsed by Apache Commons CLI against its {@link CommandSpec}. Options
 * may come before, between or after the other arguments; {@code --} ends the options. A bad
 * option or value throws a {@link UsageException} worded as the CLI always worded them.
 */
final class Args {

  private final CommandSpec spec;
  private final String command;
  private final CommandLine parsed;
  private final List<String> given;

  private Args(CommandSpec spec, String command, CommandLine parsed, String[] given) {
    this.spec = spec;
    this.command = command;
    this.parsed = parsed;
    this.given = List.of(given);
  }

  /**
   * Parses {@code args}, the arguments after the command's name.
   *
   * @param command the command as typed, for error hints: {@code moniker search}
   */
  static Args parse(CommandSpec spec, String command, String[] args) {
    Options options = new Options();
    for (OptionSpec o : spec.allOptions()) {
      Option.Builder b = Option.builder(o.shortName()).longOpt(o.longName());
      if (o.takesValue()) {
        b.hasArg().argName(o.label());
      }
      options.addOption(b.get());
    }
    DefaultParser parser =
        DefaultParser.builder()
            .setAllowPartialMatching(false) // --lim is not --limit
            .setStripLeadingAndTrailingQuotes(false) // '"nuclear program"' is a phrase
            .get();
    CommandLine parsed;
    try {
      parsed = parser.parse(options, args, false);
    } catch (UnrecognizedOptionException e) {
      throw new UsageException(command, "Unknown option: '" + e.getOption() + "'");
    } catch (MissingArgumentException e) {
      OptionSpec o = spec.option("--" + e.getOption().getLongOpt());
      String next = tokenAfter(args, o);
      throw new UsageException(
          command,
          next == null
              ? "Missing required parameter for option '" + o.displayName() + "' (" + o.label() + ")"
              : "Expected parameter for option '" + o.displayName() + "' but found '" + next + "'");
    } catch (ParseException e) {
      throw new UsageException(command, e.getMessage());
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Option given : parsed.getOptions()) {
      OptionSpec o = spec.option("--" + given.getLongOpt());
      if (!o.repeatable() && seen.merge(o.longName(), 1, Integer::sum) > 1) {
        throw new UsageException(
            command,
            "option '" + o.displayName() + "'" + (o.takesValue() ? " (" + o.label() + ")" : "")
                + " should be specified only once");
      }
    }
    return new Args(spec, command, parsed, args);
  }

  /** The token after the option's last occurrence without a value, if any. */
  private static String tokenAfter(String[] args, OptionSpec o) {
    for (int i = args.length - 2; i >= 0; i--) {
      if (args[i].equals("--" + o.longName()) || (o.shortName() != null && args[i].equals("-" + o.shortName()))) {
        return args[i + 1];
      }
    }
    return null;
  }

  boolean flag(String longName) {
    return parsed.hasOption(longName);
  }

  /** The option's value, or null when not given. */
  String value(String longName) {
    return parsed.getOptionValue(longName);
  }

  int intValue(String longName, int defaultValue) {
    String v = value(longName);
    if (v == null) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw invalid(longName, "'" + v + "' is not an int");
    }
  }

  Path path(String longName) {
    String v = value(longName);
    return v == null ? null : toPath(longName, v);
  }

  List<Path> paths(String longName) {
    return values(longName, v -> toPath(longName, v));
  }

  private Path toPath(String longName, String v) {
    try {
      return Path.of(v);
    } catch (InvalidPathException e) {
      throw invalid(longName, "'" + v + "' is not a path");
    }
  }

  /**
   * The option's value through {@code convert}, or null; an {@link IllegalArgumentException}
   * from it is a usage error naming the option.
   */
  <T> T converted(String longName, Function<String, T> convert) {
    String v = value(longName);
    return v == null ? null : convert(longName, v, convert);
  }

  /** Every value of a repeatable option, converted; none when not given. */
  <T> List<T> values(String longName, Function<String, T> convert) {
    String[] given = parsed.getOptionValues(longName);
    if (given == null) {
      return List.of();
    }
    List<T> values = new ArrayList<>(given.length);
    for (String v : given) {
      values.add(convert(longName, v, convert));
    }
    return values;
  }

  private <T> T convert(String longName, String v, Function<String, T> convert) {
    try {
      return convert.apply(v);
    } catch (IllegalArgumentException e) {
      throw invalid(longName, e.getMessage());
    }
  }

  private UsageException invalid(String longName, String why) {
    OptionSpec o = spec.option("--" + longName);
    return new UsageException(
        command,
        "Invalid value for option '" + o.displayName() + "'" + (o.repeatable() ? " (" + o.label() + ")" : "")
            + ": " + why);
  }

  /** The arguments that are no options; at least one when the command requires them. */
  List<String> positionals() {
    List<String> rest = Arrays.asList(parsed.getArgs());
    CommandSpec.Positional p = spec.positional();
    if (p != null && p.required() && rest.isEmpty()) {
      throw new UsageException(command, "Missing required parameter: '" + p.label() + "'");
    }
    if (p == null && !rest.isEmpty()) {
      int at = given.indexOf(rest.get(0)) + 1; // counted from the command's name
      throw new UsageException(
          command,
          rest.size() == 1
              ? "Unmatched argument at index " + at + ": '" + rest.get(0) + "'"
              : "Unmatched arguments from index " + at + ": '" + String.join("', '", rest) + "'");
    }
    return rest;
  }
}
