package dev.moniker.cli;

import dev.moniker.MonikerException;
import dev.moniker.cli.CommandSpec.OptionSpec;
import dev.moniker.cli.CommandSpec.Positional;
import dev.moniker.entities.EntityDictionary;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.store.MMapDirectory;

/**
 * The {@code moniker} command: finds the command the first argument names, parses the rest with
 * it ({@link Args}), prints help, version and errors, and maps failures to exit codes. {@link
 * #main} is the only place that exits.
 */
public final class MonikerCli {

  static final CommandSpec ROOT =
      new CommandSpec(
          "moniker",
          List.of("Search news archives by the people, places and organisations in them."),
          List.of(
              "",
              "Every spelling of a name finds the same entity: Kim Jong Un, Kim Jong-un and KIM JONG-UN.",
              ""),
          List.of(),
          null,
          List.of(
              "  moniker search \"Kim Jong Un\"",
              "  moniker index --index ~/news-index ~/articles",
              "  moniker search --index ~/news-index --json 'Xi AND summit'",
              "  moniker serve    # then open http://127.0.0.1:8080/"),
          OptionSpec.STANDARD);

  /** {@code moniker help [COMMAND]}. */
  static final CommandSpec HELP =
      new CommandSpec(
          "help",
          List.of("Display help information about the specified command.", ""),
          List.of(
              "",
              "When no COMMAND is given, the usage help for the main command is displayed.",
              "If a COMMAND is specified, the help for that command is shown.",
              ""),
          List.of(),
          new Positional("COMMAND", false, false, "The COMMAND to display the usage help message for."),
          List.of(),
          List.of(OptionSpec.flag("h", "help", "Show usage help for the help command and exit.")));

  /** A command: what it takes, and how to make it from its parsed arguments. */
  record Command(CommandSpec spec, BiFunction<Args, Io, Callable<Integer>> make) {}

  /** The commands, in the order {@code --help} lists them. */
  static final List<Command> COMMANDS =
      List.of(
          new Command(IndexCommand.SPEC, IndexCommand::new),
          new Command(SearchCommand.SPEC, SearchCommand::new),
          new Command(DeleteCommand.SPEC, DeleteCommand::new),
          new Command(EntitiesCommand.SPEC, EntitiesCommand::new),
          new Command(AnalyzeCommand.SPEC, AnalyzeCommand::new),
          new Command(ServeCommand.SPEC, ServeCommand::new));

  /** Held so the settings are not garbage-collected with the loggers. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  private static final Logger VECTORIZATION_LOG =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(Level.WARNING); // Lucene's INFO lines are for operators, not users
    // Whether Lucene uses the vector API is a speed note, and the launcher turns the optimising
    // compiler (which the vector API needs) off for short commands on purpose.
    VECTORIZATION_LOG.setLevel(Level.SEVERE);
    String first = args.length > 0 ? args[0] : null;
    Thread preparing = prepare(first);
    Terminal terminal = Terminal.detect();
    Charset charset = System.out.charset();
    Io io =
        new Io(
            terminal,
            new PrintWriter(new OutputStreamWriter(System.out, charset), true),
            new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true));
    System.exit(run(io, preparing, args));
  }

  /**
   * Starts making what the named command needs whatever its options, on another thread while this
   * one parses the arguments and makes the command: on two cores the two overlap. Only work the
   * command would do anyway, once: for the commands that analyse text, the bundled dictionary, which {@link EntityDictionary#defaults}
   * reads once; for those that open an index, the start of Lucene's memory-mapped directory (which
   * links madvise through the foreign-function API) and of its codecs (found by service loading).
   * (Opening the index or analysing a sample here as well was measured: the work done twice cost
   * more CPU than the overlap saved on the shared machine.) Null for other commands. A failure
   * here is ignored: the command meets it again and reports it.
   */
  static Thread prepare(String command) {
    boolean analyses = "search".equals(command) || "analyze".equals(command) || "entities".equals(command);
    boolean opensIndex = "search".equals(command) || "entities".equals(command) || "delete".equals(command);
    if (!analyses && !opensIndex) {
      return null;
    }
    Thread preparing = new Thread(() -> {
      try {
        if (analyses) {
          EntityDictionary.defaults();
        }
        if (opensIndex) {
          Class.forName(MMapDirectory.class.getName(), true, MonikerCli.class.getClassLoader());
          Codec.getDefault();
        }
      } catch (Throwable ignored) {
        // the command's own call reports it
      }
    }, "moniker-prepare");
    preparing.setDaemon(true);
    preparing.start();
    return preparing;
  }

  /**
   * Waits for {@link #prepare} to finish before the command runs, so that the two threads never
   * initialise the same classes at once.
   */
  static void awaitQuietly(Thread preparing) {
    if (preparing == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        preparing.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs {@code args} as {@code moniker} does, printing to {@code io}; returns the exit code. */
  static int run(Io io, String... args) {
    return run(io, null, args);
  }

  /**
   * Runs {@code args}; the command runs once {@code preparing} (from {@link #prepare}, or null)
   * has finished.
   */
  static int run(Io io, Thread preparing, String... args) {
    if (args.length == 0) {
      return usageError(io, new UsageException("moniker", "a command is required"));
    }
    String first = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      Command command = command(first);
      if (command != null) {
        return run(command, io, preparing, rest);
      }
      if (first.equals("help")) {
        return help(io, rest);
      }
      if (first.equals("-h") || first.equals("--help")) {
        io.out().print(rootHelp(io.terminal()));
        io.out().flush();
        return ExitCodes.OK;
      }
      if (first.equals("-V") || first.equals("--version")) {
        io.out().println(version());
        io.out().flush();
        return ExitCodes.OK;
      }
      String list = "'" + String.join("', '", args) + "'";
      throw new UsageException(
          "moniker",
          first.startsWith("-")
              ? (args.length == 1 ? "Unknown option: " : "Unknown options: ") + list
              : args.length == 1
                  ? "Unmatched argument at index 0: " + list
                  : "Unmatched arguments from index 0: " + list);
    } catch (UsageException e) {
      return usageError(io, e);
    }
  }

  private static Command command(String name) {
    for (Command c : COMMANDS) {
      if (c.spec().name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private static int run(Command command, Io io, Thread preparing, String[] rest) {
    String qualified = "moniker " + command.spec().name();
    Args args = Args.parse(command.spec(), qualified, rest);
    if (args.flag("help")) {
      io.out().print(Help.of(command.spec(), qualified, List.of(), ExitCodes.DOCUMENTED, io.terminal().styledOutput()));
      io.out().flush();
      return ExitCodes.OK;
    }
    if (args.flag("version")) {
      io.out().println(version());
      io.out().flush();
      return ExitCodes.OK;
    }
    Callable<Integer> call = command.make().apply(args, io);
    awaitQuietly(preparing);
    try {
      return call.call();
    } catch (UsageException e) {
      throw e;
    } catch (Exception e) {
      return failure(io, e, args.flag("verbose"));
    }
  }

  /** {@code moniker help [COMMAND]}: the help of the command named, else of {@code moniker}. */
  private static int help(Io io, String[] rest) {
    Args args = Args.parse(HELP, "moniker help", rest);
    List<String> named = args.positionals();
    String text;
    if (args.flag("help")) {
      text = Help.of(HELP, "moniker help", List.of(), ExitCodes.DOCUMENTED, io.terminal().styledOutput());
    } else if (named.isEmpty()) {
      text = rootHelp(io.terminal());
    } else {
      Command command = command(named.get(0));
      if (command == null) {
        throw new UsageException("moniker", "Unknown subcommand '" + named.get(0) + "'.");
      }
      text = Help.of(command.spec(), "moniker " + command.spec().name(), List.of(), ExitCodes.DOCUMENTED, io.terminal().styledOutput());
    }
    io.out().print(text);
    io.out().flush();
    return ExitCodes.OK;
  }

  private static String rootHelp(Terminal terminal) {
    List<Help.Listed> listed = new ArrayList<>();
    for (Command c : COMMANDS) {
      listed.add(new Help.Listed(c.spec().name(), c.spec().header().get(0)));
    }
    listed.add(new Help.Listed(HELP.name(), HELP.header().get(0)));
    return Help.of(ROOT, "moniker", listed, ExitCodes.DOCUMENTED, terminal.styledOutput());
  }

  /** A usage error: one line saying what is wrong and where help is, then exit code 2. */
  private static int usageError(Io io, UsageException e) {
    io.err().println("moniker: " + e.getMessage());
    io.err().println("Try '" + e.command() + " --help' for more.");
    io.err().flush();
    return ExitCodes.USAGE;
  }

  /** A failure while running: one line, or the stack trace with --verbose. */
  private static int failure(Io io, Exception ex, boolean verbose) {
    PrintWriter err = io.err();
    if (ex instanceof MonikerException e) {
      err.println("moniker: " + e.getMessage());
      if (verbose) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.of(e);
    }
    err.println("moniker: unexpected error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.FAILURE;
  }

  /** The version from the jar's manifest. */
  static String version() {
    String v = MonikerCli.class.getPackage().getImplementationVersion();
    return "moniker " + (v == null ? "(development build)" : v);
  }
}
