package dev.moniker.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The compiled templates in {@code src/main/jte}; each takes one view record. */
final class Templates {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  static String render(String template, Object view) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, view, out);
    return out.toString();
  }
}
