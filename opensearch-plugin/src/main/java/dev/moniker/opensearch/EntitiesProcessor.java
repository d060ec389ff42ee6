package dev.moniker.opensearch;

import dev.moniker.analysis.MentionedEntities;
import dev.moniker.entities.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.opensearch.ingest.AbstractProcessor;
import org.opensearch.ingest.ConfigurationUtils;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.ingest.Processor;

/**
 * The {@code moniker_entities} ingest processor: writes the canonical names of the entities an
 * article mentions into {@code entities.person}, {@code entities.place} and {@code entities.org}
 * (under {@code target_field}), for keyword fields that terms aggregations count from doc values:
 * the library's entity facets, the OpenSearch way. The document's {@code date} and {@code source}
 * fields, when set, are read as the library reads an article's.
 *
 * <pre>{"moniker_entities": {"fields": ["title", "body"], "target_field": "entities"}}</pre>
 */
final class EntitiesProcessor extends AbstractProcessor {

  static final String TYPE = "moniker_entities";

  private final List<String> fields;
  private final String targetField;
  private final MentionedEntities entities;

  EntitiesProcessor(
      String tag, String description, List<String> fields, String targetField, MentionedEntities entities) {
    super(tag, description);
    this.fields = List.copyOf(fields);
    this.targetField = targetField;
    this.entities = entities;
  }

  @Override
  public IngestDocument execute(IngestDocument document) {
    List<String> texts = new ArrayList<>(fields.size());
    for (String field : fields) {
      // An article without a title, or a field that is not set, simply has nothing to read.
      Object value = document.getFieldValue(field, Object.class, true);
      if (value instanceof String s) {
        texts.add(s);
      } else if (value instanceof List<?> list) {
        for (Object item : list) {
          texts.add(text(field, item));
        }
      } else if (value != null) {
        texts.add(text(field, value));
      }
    }
    Map<EntityType, SortedSet<String>> found =
        entities.published(year(document), source(document), texts.toArray(String[]::new));
    found.forEach(
        (type, names) -> document.setFieldValue(targetField + "." + type.label(), new ArrayList<>(names)));
    return document;
  }

  /**
   * The article's year from its {@code date} field (ISO-8601 text or epoch milliseconds), which
   * decides between people who share a name; 0 when there is none.
   */
  private static int year(IngestDocument document) {
    Object date = document.getFieldValue("date", Object.class, true);
    if (date instanceof Number millis) {
      return java.time.Instant.ofEpochMilli(millis.longValue()).atZone(java.time.ZoneOffset.UTC).getYear();
    }
    if (date instanceof String s && s.length() >= 4 && s.substring(0, 4).chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(s.substring(0, 4));
    }
    return 0;
  }

  /**
   * The article's {@code source} field, as the library's articles have one: a town and state in it
   * (<i>The Goldsboro News (Goldsboro, N.C.)</i>) say where the paper was published, which
   * decides between towns of one name; null when there is none.
   */
  private static String source(IngestDocument document) {
    Object source = document.getFieldValue("source", Object.class, true);
    return source instanceof String s ? s : null;
  }

  private static String text(String field, Object value) {
    if (value instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException(
        "field [" + field + "] must hold text for " + TYPE + ", not " + value.getClass().getSimpleName());
  }

  @Override
  public String getType() {
    return TYPE;
  }

  /** Reads the processor's settings in a pipeline definition. */
  static final class Factory implements Processor.Factory {

    private final ConfigDictionaries dictionaries;

    Factory(ConfigDictionaries dictionaries) {
      this.dictionaries = dictionaries;
    }

    @Override
    public EntitiesProcessor create(
        Map<String, Processor.Factory> registry,
        String tag,
        String description,
        Map<String, Object> config) {
      List<String> fields = stringList(tag, config, "fields", List.of("title", "body"));
      if (fields.isEmpty()) {
        throw ConfigurationUtils.newConfigurationException(TYPE, tag, "fields", "name at least one field");
      }
      String target = ConfigurationUtils.readStringProperty(TYPE, tag, config, "target_field", "entities");
      List<String> files = stringList(tag, config, AnalysisSettings.ENTITIES_PATH, List.of());
      try {
        return new EntitiesProcessor(
            tag, description, fields, target, new MentionedEntities(dictionaries.get(AnalysisSettings.ENTITIES_PATH, files)));
      } catch (IllegalArgumentException e) {
        throw ConfigurationUtils.newConfigurationException(TYPE, tag, AnalysisSettings.ENTITIES_PATH, e.getMessage());
      }
    }

    /** A list setting that may also be written as one string. */
    private static List<String> stringList(
        String tag, Map<String, Object> config, String name, List<String> otherwise) {
      Object value = ConfigurationUtils.readOptionalObject(config, name);
      config.remove(name);
      if (value == null) {
        return otherwise;
      }
      if (value instanceof String s) {
        return List.of(s);
      }
      if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
        return list.stream().map(String.class::cast).toList();
      }
      throw ConfigurationUtils.newConfigurationException(TYPE, tag, name, "must be a string or a list of strings");
    }
  }
}
