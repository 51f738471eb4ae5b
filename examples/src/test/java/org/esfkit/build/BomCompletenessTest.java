package org.esfkit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a published module is missing from the BOM, or the BOM names a module
 * that does not exist. A module is published unless its pom sets {@code maven.deploy.skip}.
 */
class BomCompletenessTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void bomListsExactlyThePublishedModules() throws IOException {
    List<String> published = new ArrayList<>();
    for (String module : all(read(ROOT.resolve("pom.xml")), "<module>([^<]+)</module>")) {
      if (module.equals("bom")) {
        continue;
      }
      String pom = read(ROOT.resolve(module).resolve("pom.xml"));
      if (!pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        published.add(first(pom, "</parent>\\s*<artifactId>([^<]+)</artifactId>"));
      }
    }
    List<String> inBom = all(read(ROOT.resolve("bom/pom.xml")), "<artifactId>(esfkit-[^<]+)</artifactId>");
    inBom.remove("esfkit-bom");

    assertThat(published).as("published modules").isNotEmpty().contains("esfkit-core");
    assertThat(inBom).as("modules in bom/pom.xml").containsExactlyInAnyOrderElementsOf(published);
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p);
  }

  private static List<String> all(String text, String regex) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(m.group(1).trim());
    }
    return out;
  }

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("pattern %s", regex).isTrue();
    return m.group(1).trim();
  }
}
