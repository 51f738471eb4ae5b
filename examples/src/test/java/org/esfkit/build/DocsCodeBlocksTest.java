package org.esfkit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.esfkit.examples.SeedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code ```java} block of {@code README.md} and {@code docs/*.md} against the
 * esfkit modules a user of that page depends on, and runs every block of statements. The
 * convention, also stated in {@code docs/index.md}:
 *
 * <ul>
 *   <li>A block is compiled with the imports it states plus, implicitly, {@code java.util},
 *       {@code java.nio.file}, {@code java.time}, {@code java.math}, {@code java.io} and every API
 *       package of the esfkit modules the page depends on: those named in the page's {@code ```xml}
 *       dependency blocks (with what they depend on), or every published module when the page has
 *       none. Static imports are never implicit.
 *   <li>A block declaring a type is compiled as a source file; a block of methods and fields is
 *       compiled as the body of a class; any other block is a list of statements, compiled as the
 *       body of a method and run, with {@code esfkit demo}'s files in {@code esfkit-demo/} of the
 *       working directory.
 *   <li>An HTML comment {@code <!-- setup: ... -->} right before a block holds Java that is
 *       prepended to it (imports go with its imports): what the page defines in prose or in an
 *       earlier block.
 * </ul>
 */
class DocsCodeBlocksTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern FENCE = Pattern.compile("(?ms)(?:<!-- setup:(.*?)-->\\s*\\n)?^```java\\n(.*?)^```$");
  private static final Pattern TYPE = Pattern.compile(
      "(?m)^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:public |abstract |final |sealed )*(?:class|interface|record|enum) (\\w+)");
  private static final Pattern MEMBER = Pattern.compile("(?m)\\A(?:@\\w+\\s+)*(?:public|protected|private|static|void)\\b");
  private static final List<String> JAVA_PACKAGES = List.of("java.util", "java.nio.file", "java.time", "java.math", "java.io");

  /** One code block of one page. */
  private record Block(Path page, int line, String setup, String code) {
    String where() {
      return ROOT.relativize(page) + ":" + line;
    }
  }

  @Test
  void everyJavaBlockInTheReadmeAndDocsCompilesAndRuns(@TempDir Path tmp) throws Exception {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    Map<String, Path> classpath = esfkitClasspath();
    List<String> external = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(e -> moduleOf(e) == null).collect(Collectors.toList());

    int fences = 0;
    List<Block> blocks = new ArrayList<>();
    List<String> runnable = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    for (Path page : pages) {
      String text = Files.readString(page);
      fences += count(text, "(?m)^```java$");
      Set<String> modules = modulesOf(text, classpath.keySet());
      String pkg = "docs." + page.getFileName().toString().replaceAll("\\.md$", "").replaceAll("[^A-Za-z0-9]", "_");
      StringBuilder imports = new StringBuilder();
      JAVA_PACKAGES.forEach(p -> imports.append("import ").append(p).append(".*;"));
      for (String m : modules) {
        apiPackages(classpath.get(m)).forEach(p -> imports.append("import ").append(p).append(".*;"));
      }
      List<Source> sources = new ArrayList<>();
      Matcher m = FENCE.matcher(text);
      int n = 0;
      while (m.find()) {
        n++;
        Block b = new Block(page, lineOf(text, m.start(2)), m.group(1) == null ? "" : m.group(1), m.group(2));
        blocks.add(b);
        sources.add(source(b, pkg, n, imports.toString(), runnable));
      }
      if (sources.isEmpty()) {
        continue;
      }
      List<String> cp = new ArrayList<>(external);
      modules.forEach(mod -> cp.add(classpath.get(mod).toString()));
      failures.addAll(compile(sources, cp, classes));
    }
    assertThat(blocks).as("blocks found (each ```java fence once)").hasSize(fences).isNotEmpty();
    assertThat(failures).as("compilation errors").isEmpty();

    SeedFiles.writeAll(tmp.resolve("esfkit-demo"));
    failures.addAll(run(runnable, classes, tmp));
    assertThat(failures).as("blocks that failed when run").isEmpty();
    assertThat(runnable).as("blocks run").isNotEmpty();
  }

  /** A generated source file and, per line, the page line it came from (0: generated). */
  private record Source(Block block, String className, String code, int[] pageLines) {}

  private static Source source(Block b, String pkg, int n, String implicitImports, List<String> runnable) {
    StringBuilder own = new StringBuilder();
    StringBuilder body = new StringBuilder();
    List<Integer> bodyLines = new ArrayList<>();
    List<Integer> importLines = new ArrayList<>();
    String[] setup = b.setup().strip().isEmpty() ? new String[0] : b.setup().strip().split("\n");
    for (String s : setup) {
      if (s.startsWith("import ")) {
        own.append(s).append('\n');
        importLines.add(0);
      } else {
        body.append(s).append('\n');
        bodyLines.add(0);
      }
    }
    String[] lines = b.code().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("import ")) {
        own.append(lines[i]).append('\n');
        importLines.add(b.line() + i);
      } else {
        body.append(lines[i]).append('\n');
        bodyLines.add(b.line() + i);
      }
    }
    String code = body.toString();
    String name;
    String head;
    String tail;
    String firstCode = code.replaceAll("(?m)^\\s*//.*\\n", "").stripLeading();
    Matcher type = TYPE.matcher(firstCode);
    if (type.lookingAt()) {
      name = type.group(1);
      head = "";
      tail = "";
    } else if (MEMBER.matcher(firstCode).find()) {
      name = "Block" + n;
      head = "class " + name + " {";
      tail = "}";
    } else {
      name = "Block" + n;
      head = "public class " + name + " { public static void run() throws Exception {";
      tail = "}}";
      runnable.add(pkg + "." + name + "@" + b.where());
    }
    String full = "package " + pkg + ";" + implicitImports + "\n" + own + head + "\n" + code + tail + "\n";
    List<Integer> map = new ArrayList<>();
    map.add(0);
    map.addAll(importLines);
    map.add(0);
    map.addAll(bodyLines);
    map.add(0);
    return new Source(b, pkg + "." + name, full, map.stream().mapToInt(Integer::intValue).toArray());
  }

  private static List<String> compile(List<Source> sources, List<String> classpath, Path out) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<JavaFileObject, Source> files = new LinkedHashMap<>();
    for (Source s : sources) {
      URI uri = URI.create("string:///" + s.className().replace('.', '/') + ".java");
      files.put(new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return s.code();
        }
      }, s);
    }
    List<String> options = List.of("-proc:none", "-d", out.toString(), "-cp", String.join(java.io.File.pathSeparator, classpath));
    javac.getTask(null, null, diagnostics, options, null, files.keySet()).call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        Source s = files.get(d.getSource());
        int line = (int) d.getLineNumber();
        int pageLine = s != null && line >= 1 && line <= s.pageLines().length ? s.pageLines()[line - 1] : 0;
        String where = s == null ? "?" : ROOT.relativize(s.block().page()) + ":" + (pageLine > 0 ? pageLine : s.block().line());
        errors.add(where + ": " + d.getMessage(null));
      }
    }
    return errors;
  }

  /** Runs the statement blocks in one fresh JVM whose working directory holds the demo files. */
  private static List<String> run(List<String> blocks, Path classes, Path dir) throws IOException, InterruptedException {
    Path runner = Files.createDirectories(classes.resolve("docs")).resolve("RunBlocks.java");
    Files.writeString(runner, String.join("\n",
        "package docs;",
        "public class RunBlocks {",
        "  public static void main(String[] args) {",
        "    int failed = 0;",
        "    for (String a : args) {",
        "      String[] parts = a.split(\"@\", 2);",
        "      try { Class.forName(parts[0]).getMethod(\"run\").invoke(null); }",
        "      catch (Throwable t) { failed++; Throwable c = t.getCause() == null ? t : t.getCause();",
        "        System.err.println(\"FAILED \" + parts[1] + \": \" + c); }",
        "    }",
        "    System.exit(failed == 0 ? 0 : 1);",
        "  }",
        "}"));
    String cp = classes + java.io.File.pathSeparator + System.getProperty("java.class.path");
    ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), runner.toString());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", cp, "docs.RunBlocks"));
    command.addAll(blocks);
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("run.log").toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return List.of("the blocks did not finish within 5 minutes");
    }
    return Files.readAllLines(dir.resolve("run.log")).stream().filter(l -> l.startsWith("FAILED ")).collect(Collectors.toList());
  }

  /** esfkit's modules on the test class path, by directory name ({@code core}, {@code metrics}, ...). */
  private static Map<String, Path> esfkitClasspath() {
    Map<String, Path> modules = new LinkedHashMap<>();
    for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      String m = moduleOf(e);
      if (m != null) {
        modules.put(m, Path.of(e));
      }
    }
    return modules;
  }

  private static String moduleOf(String entry) {
    Matcher dir = Pattern.compile("[/\\\\](\\w+)[/\\\\]target[/\\\\](test-)?classes$").matcher(entry);
    if (dir.find()) {
      return dir.group(2) == null ? dir.group(1) : "test:" + dir.group(1);
    }
    Matcher jar = Pattern.compile("esfkit-(\\w+)-[^/\\\\]*\\.jar$").matcher(entry);
    if (!jar.find()) {
      return null;
    }
    // a module's test-jar (reporting's, holding the Chromium driver) is its test code, like test-classes
    return entry.endsWith("-tests.jar") ? "test:" + jar.group(1) : jar.group(1);
  }

  /** The esfkit modules a page's {@code ```xml} dependency blocks name, with theirs; all when it names none. */
  private static Set<String> modulesOf(String page, Set<String> available) throws IOException {
    Set<String> named = new LinkedHashSet<>();
    Matcher xml = Pattern.compile("(?ms)^```xml\\n(.*?)^```$").matcher(page);
    while (xml.find()) {
      Matcher a = Pattern.compile("<artifactId>esfkit-(\\w+)</artifactId>").matcher(xml.group(1));
      while (a.find()) {
        if (!a.group(1).equals("bom")) {
          named.add(a.group(1));
        }
      }
    }
    if (named.isEmpty()) {
      named.addAll(available.stream().filter(m -> !m.startsWith("test:")).collect(Collectors.toList()));
    }
    Set<String> all = new TreeSet<>();
    List<String> todo = new ArrayList<>(named);
    while (!todo.isEmpty()) {
      String m = todo.remove(todo.size() - 1);
      if (all.add(m)) {
        String pom = Files.readString(ROOT.resolve(m).resolve("pom.xml"));
        Matcher dep = Pattern.compile("(?s)<dependency>(.*?)</dependency>").matcher(pom);
        while (dep.find()) {
          Matcher a = Pattern.compile("<artifactId>esfkit-(\\w+)</artifactId>").matcher(dep.group(1));
          if (a.find() && !dep.group(1).contains("<scope>test</scope>")) {
            todo.add(a.group(1));
          }
        }
      }
    }
    return all;
  }

  /** Packages holding classes in a class directory or jar, except {@code internal} ones. */
  private static Set<String> apiPackages(Path entry) {
    Set<String> packages = new TreeSet<>();
    try {
      List<String> names;
      if (Files.isDirectory(entry)) {
        try (Stream<Path> s = Files.walk(entry)) {
          names = s.map(p -> entry.relativize(p).toString().replace('\\', '/')).collect(Collectors.toList());
        }
      } else {
        try (JarFile jar = new JarFile(entry.toFile())) {
          names = jar.stream().map(j -> j.getName()).collect(Collectors.toList());
        }
      }
      for (String n : names) {
        int slash = n.lastIndexOf('/');
        if (n.endsWith(".class") && slash > 0 && !n.contains("internal") && !n.startsWith("META-INF")) {
          packages.add(n.substring(0, slash).replace('/', '.'));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return packages;
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  private static int count(String text, String regex) {
    return (int) Pattern.compile(regex).matcher(text).results().count();
  }
}
