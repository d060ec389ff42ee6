package dev.moniker.cli;

import dev.moniker.entities.EntityType;
import dev.moniker.search.EntityFilterValue;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values the library parses: picocli calls these while reading the command line, so a bad
 * value is a usage error (exit code 2) naming the option, like any other.
 */
final class Converters {

  private Converters() {}

  /** {@code --type person}: an entity type by its label, in any case. */
  static final class Type implements ITypeConverter<EntityType> {
    @Override
    public EntityType convert(String value) {
      try {
        return EntityType.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code --filter person:"Kim Jong-un"}: a type and a name in any spelling. */
  static final class Filter implements ITypeConverter<EntityFilterValue> {
    @Override
    public EntityFilterValue convert(String value) {
      try {
        return EntityFilterValue.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
