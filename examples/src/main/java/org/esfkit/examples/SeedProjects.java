package org.esfkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.esfkit.core.EsfProject;
import org.esfkit.core.ImportException;
import org.esfkit.core.io.ProjectJson;

/** Reads the seed projects' files from the class path. */
public final class SeedProjects {
  private SeedProjects() {}

  /**
   * Reads a seed project's file.
   *
   * @param seed the seed
   * @return the project as its file states it
   * @throws ImportException if the bundled file does not read cleanly
   * @throws UncheckedIOException if the resource is missing or unreadable
   */
  public static EsfProject read(Seed seed) {
    try (InputStream in = SeedProjects.class.getResourceAsStream(seed.resource())) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + seed.resource()));
      }
      return ProjectJson.read(in, seed.slug() + ".json").value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
