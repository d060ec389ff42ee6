package dev.moniker.cli;

import dev.moniker.Moniker;
import dev.moniker.index.IndexDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    header = "Remove articles from an index by id.",
    description = "Ids are as 'moniker search' shows them. Exits 1 if any id was not found.",
    footerHeading = "%nExamples:%n",
    footer = {"  moniker delete --index ~/news-index 2018/05/a01.txt"})
final class DeleteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Ids of the articles to delete.")
  List<String> ids;

  @Override
  public Integer call() {
    Path location = common.index != null ? common.index : DefaultIndex.location();
    // Deleting from a folder that holds no index would only create an empty one.
    IndexDirectory.requireIndex(location);
    int deleted = 0;
    PrintWriter err = spec.commandLine().getErr();
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
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Deleted %d article%s from %s%n", deleted, deleted == 1 ? "" : "s", location);
    out.flush();
    return deleted == ids.size() ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
