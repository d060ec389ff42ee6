package dev.moniker.cli;

import dev.moniker.MonikerException;
import dev.moniker.entities.EntityDictionary;
import java.io.PrintWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.store.MMapDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The {@code moniker} command. {@link #main} is the only place that exits. */
@Command(
    name = "moniker",
    mixinStandardHelpOptions = true,
    versionProvider = MonikerCli.Version.class,
    header = "Search news archives by the people, places and organisations in them.",
    description = {
      "",
      "Every spelling of a name finds the same entity: Kim Jong Un, Kim Jong-un and KIM JONG-UN.",
      ""
    },
    // The subcommands are added in commandLine(), in the order of SUBCOMMANDS.
    footerHeading = "%nExamples:%n",
    footer = {
      "  moniker search \"Kim Jong Un\"",
      "  moniker index --index ~/news-index ~/articles",
      "  moniker search --index ~/news-index --json 'Xi AND summit'",
      "  moniker serve    # then open http://127.0.0.1:8080/"
    })
public final class MonikerCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required");
  }

  /** The subcommands, in the order {@code --help} lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          IndexCommand.class,
          SearchCommand.class,
          DeleteCommand.class,
          EntitiesCommand.class,
          AnalyzeCommand.class,
          ServeCommand.class,
          CommandLine.HelpCommand.class);

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
    CommandLine cli = commandLine(Terminal.detect(), first);
    awaitQuietly(preparing);
    System.exit(cli.execute(args));
  }

  /**
   * Starts making what the named command needs whatever its options, on another thread while this
   * one builds the command line (picocli reading the commands' annotations, 150-200 ms of a cold
   * JVM's CPU): on two cores the two overlap. Only work the command would do anyway, once: for
   * the commands that analyse text, the bundled dictionary, which {@link EntityDictionary#defaults}
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

  /** The configured command line; tests call {@code execute} on it with their own writers. */
  static CommandLine commandLine(Terminal terminal) {
    return commandLine(terminal, null);
  }

  /**
   * The configured command line with only the subcommand named {@code first} when the arguments
   * start with one (else, as for {@code --help}, a typo or no command, with all of them): picocli
   * builds each command's model from its annotations, which costs a cold JVM 10 to 60 ms a command,
   * and a run uses one. Parsing, help and errors are the same either way.
   */
  static CommandLine commandLine(Terminal terminal, String first) {
    CommandLine cli = new CommandLine(new MonikerCli(), new TerminalFactory(terminal));
    boolean named = false;
    for (Class<?> command : SUBCOMMANDS) {
      // help lists and explains its siblings, so it gets them all
      named |= command != CommandLine.HelpCommand.class && commandName(command).equals(first);
    }
    for (Class<?> command : SUBCOMMANDS) {
      if (!named || commandName(command).equals(first)) {
        cli.addSubcommand(command);
      }
    }
    cli.setParameterExceptionHandler(new UsageErrors());
    cli.setExecutionExceptionHandler(new Failures());
    ExitCodes.document(cli.getCommandSpec());
    return cli;
  }

  private static String commandName(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  /** A usage error: one line saying what is wrong and where help is, then exit code 2. */
  private static final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      err.println("moniker: " + ex.getMessage());
      err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  /** A failure while running: one line, or the stack trace with --verbose. */
  private static final class Failures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
      PrintWriter err = cmd.getErr();
      boolean verbose = isVerbose(parsed);
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

    private static boolean isVerbose(ParseResult parsed) {
      for (ParseResult p = parsed; p != null; p = p.subcommand()) {
        if (p.hasMatchedOption("--verbose")) {
          return true;
        }
      }
      return false;
    }
  }

  /** Hands every command the terminal it prints to. */
  private record TerminalFactory(Terminal terminal) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == IndexCommand.class) {
        return cls.cast(new IndexCommand(terminal));
      }
      if (cls == SearchCommand.class) {
        return cls.cast(new SearchCommand(terminal));
      }
      if (cls == EntitiesCommand.class) {
        return cls.cast(new EntitiesCommand(terminal));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = MonikerCli.class.getPackage().getImplementationVersion();
      return new String[] {"moniker " + (v == null ? "(development build)" : v)};
    }
  }
}
