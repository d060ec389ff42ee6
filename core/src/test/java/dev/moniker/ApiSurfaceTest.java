package dev.moniker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API an embedding user sees is the one the README documents: every public type of the
 * library is either listed in the README's <i>What is API</i> table or marked {@link Internal},
 * and no API type's public or protected signature mentions an internal or package-private type of
 * the library, nor does an API type offer Java serialization nobody reads.
 */
class ApiSurfaceTest {

  private static final Pattern ROW = Pattern.compile("^\\| `(dev\\.moniker[a-z.]*)` \\| (.+) \\|$");
  private static final Pattern TYPE = Pattern.compile("`([A-Z][A-Za-z]*)`");

  private static Path classes;
  private static List<Class<?>> publicTypes;

  @BeforeAll
  static void readTheBuiltClasses() throws IOException, URISyntaxException {
    classes = Path.of(Moniker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    publicTypes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        if (name.contains("$") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> c = load(name);
        if (Modifier.isPublic(c.getModifiers())) {
          publicTypes.add(c);
        }
      }
    }
  }

  @Test
  void thePublicTypesNotMarkedInternalAreTheOnesTheReadmeLists() throws IOException {
    Set<String> documented = documented();
    Set<String> api = new TreeSet<>();
    for (Class<?> c : publicTypes) {
      if (!c.isAnnotationPresent(Internal.class)) {
        api.add(c.getName());
      }
    }
    assertEquals(documented, api, "README's 'What is API' table vs public types not marked @Internal");
  }

  @Test
  void apiSignaturesMentionNoInternalType() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : publicTypes) {
      if (!c.isAnnotationPresent(Internal.class)) {
        checkType(c, leaks);
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void noApiTypeIsJavaSerializable() {
    // The dictionary snapshot is a binary format of its own; Serializable would only promise a
    // form nobody reads. Exceptions and enums are Serializable through Throwable and Enum.
    for (Class<?> c : publicTypes) {
      if (!c.isAnnotationPresent(Internal.class) && !Throwable.class.isAssignableFrom(c) && !c.isEnum()) {
        assertFalse(Serializable.class.isAssignableFrom(c), c.getName() + " is Serializable");
      }
    }
  }

  @Test
  void theCheckSeesALeak() {
    List<String> leaks = new ArrayList<>();
    checkType(Leaky.class, leaks);
    assertEquals(2, leaks.size(), leaks.toString());
    assertTrue(leaks.stream().anyMatch(l -> l.endsWith("returns dev.moniker.entities.Word")), leaks.toString());
    assertTrue(leaks.stream().anyMatch(l -> l.endsWith("takes " + Hidden.class.getName())), leaks.toString());
  }

  /** Stands for an API type whose method takes an internal type and returns a hidden one. */
  public static final class Leaky {
    public List<dev.moniker.entities.Word> words() {
      return List.of();
    }

    public static void hidden(Hidden h) {}
  }

  static final class Hidden {}

  private static void checkType(Class<?> c, List<String> leaks) {
    check(c.getGenericSuperclass(), c.getName() + " extends", leaks);
    for (Type t : c.getGenericInterfaces()) {
      check(t, c.getName() + " implements", leaks);
    }
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      if (visible(k)) {
        checkExecutable(k, c.getName() + ".<init>", leaks);
      }
    }
    for (Method m : c.getDeclaredMethods()) {
      if (visible(m) && !m.isSynthetic() && !m.isBridge()) {
        check(m.getGenericReturnType(), c.getName() + "." + m.getName() + " returns", leaks);
        checkExecutable(m, c.getName() + "." + m.getName(), leaks);
      }
    }
    for (Field f : c.getDeclaredFields()) {
      if (visible(f)) {
        check(f.getGenericType(), c.getName() + "." + f.getName(), leaks);
      }
    }
    if (c.isRecord()) {
      for (RecordComponent r : c.getRecordComponents()) {
        check(r.getGenericType(), c.getName() + "." + r.getName(), leaks);
      }
    }
    for (Class<?> nested : c.getDeclaredClasses()) {
      if (Modifier.isPublic(nested.getModifiers()) || Modifier.isProtected(nested.getModifiers())) {
        checkType(nested, leaks);
      }
    }
  }

  private static void checkExecutable(Executable e, String where, List<String> leaks) {
    for (Type t : e.getGenericParameterTypes()) {
      check(t, where + " takes", leaks);
    }
    for (Type t : e.getGenericExceptionTypes()) {
      check(t, where + " throws", leaks);
    }
  }

  private static boolean visible(Member m) {
    int mod = m.getModifiers();
    boolean extendable = !Modifier.isFinal(m.getDeclaringClass().getModifiers());
    return Modifier.isPublic(mod) || (Modifier.isProtected(mod) && extendable);
  }

  private static void check(Type t, String where, List<String> leaks) {
    if (t instanceof Class<?> c) {
      if (c.isArray()) {
        check(c.getComponentType(), where, leaks);
        return;
      }
      if (!c.getName().startsWith("dev.moniker.") || c == Leaky.class) {
        return;
      }
      Class<?> top = c;
      boolean hidden = false;
      for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
        hidden |= !Modifier.isPublic(k.getModifiers());
        top = k;
      }
      if (hidden || top.isAnnotationPresent(Internal.class)) {
        leaks.add(where + " " + c.getName());
      }
    } else if (t instanceof ParameterizedType p) {
      check(p.getRawType(), where, leaks);
      for (Type a : p.getActualTypeArguments()) {
        check(a, where, leaks);
      }
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        check(b, where, leaks);
      }
      for (Type b : w.getLowerBounds()) {
        check(b, where, leaks);
      }
    } else if (t instanceof GenericArrayType g) {
      check(g.getGenericComponentType(), where, leaks);
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        check(b, where, leaks);
      }
    }
  }

  /** The fully qualified names in the README's table of API types. */
  private static Set<String> documented() throws IOException {
    Path readme = classes.resolve("../../../README.md").normalize();
    Set<String> names = new TreeSet<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(readme)) {
      if (line.startsWith("#")) {
        inSection = line.equals("### What is API");
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (inSection && row.matches()) {
        Matcher type = TYPE.matcher(row.group(2));
        while (type.find()) {
          names.add(row.group(1) + "." + type.group(1));
        }
      }
    }
    assertFalse(names.isEmpty(), "no table under '### What is API' in " + readme);
    return names;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ApiSurfaceTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
