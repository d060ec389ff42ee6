package dev.moniker.cli;

import dev.moniker.Moniker;
import dev.moniker.cli.CommandSpec.Positional;
import dev.moniker.index.IndexDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

final class DeleteCommand implements Callable<Integer> {

  static final CommandSpec SPEC =
      CommandSpec.of(
          "delete",
          "Remove articles from an index by id.",
          List.of("Ids are as 'moniker search' shows them. Exits 1 if any id was not found."),
          CommonOptions.with(),
          new Positional("ID", true, true, "Ids of the articles to delete."),
          List.of("  moniker delete --index ~/news-index 2018/05/a01.txt"));

  private final CommonOptions common;
  private final List<String> ids;
  private final Io io;

  DeleteCommand(Args args, Io io) {
    common = new CommonOptions(args);
    ids = args.positionals();
    this.io = io;
  }

  @Override
  public Integer call() {
    Path location = common.index != null ? common.index : DefaultIndex.location();
    // Deleting from a folder that holds no index would only create an empty one.
    IndexDirectory.requireIndex(location);
    int deleted = 0;
    PrintWriter err = io.err();
    try (Moniker moniker = Moniker.open(location, common.options())) {
      for (String id : ids) {
        if (moniker.delete(id)) {
          deleted++;
        } else {
          err.println("moniker: no article with id " + id);
        }
      }
    }
    err.flush();
    PrintWriter out = io.out();
    out.printf("Deleted %d article%s from %s%n", deleted, deleted == 1 ? "" : "s", location);
    out.flush();
    return deleted == ids.size() ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
