package org.esfkit.matching;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.esfkit.matching.spi.MatchingStrategy;

/**
 * An immutable set of {@link MatchingStrategy}s by name. Embedders that avoid class-path
 * scanning build one by hand: {@code StrategyRegistry.builder().addBuiltIns().add(mine).build()};
 * {@link #discover()} finds strategies through {@link ServiceLoader}.
 */
public final class StrategyRegistry {
  private final Map<String, MatchingStrategy> byName;

  private StrategyRegistry(Map<String, MatchingStrategy> byName) {
    this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
  }

  /**
   * Returns an empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds every strategy registered with {@link ServiceLoader} (the built-ins among them) on the
   * context class loader, or on the module path.
   *
   * @return the registry
   * @throws IllegalStateException if two different strategies have the same name
   */
  public static StrategyRegistry discover() {
    Builder b = builder();
    for (MatchingStrategy s : ServiceLoader.load(MatchingStrategy.class)) {
      b.add(s);
    }
    for (MatchingStrategy s : ServiceLoader.load(MatchingStrategy.class, StrategyRegistry.class.getClassLoader())) {
      MatchingStrategy known = b.strategies.get(s.name());
      if (known == null || known.getClass() != s.getClass()) {
        b.add(s);
      }
    }
    return b.build();
  }

  /**
   * Finds a strategy by name.
   *
   * @param name the name, e.g. {@code optimal}
   * @return the strategy
   * @throws IllegalArgumentException naming the unknown name and the known ones
   */
  public MatchingStrategy byName(String name) {
    MatchingStrategy s = byName.get(name);
    if (s == null) {
      throw new IllegalArgumentException(
          "unknown matching strategy '" + name + "'; known: " + String.join(", ", byName.keySet()));
    }
    return s;
  }

  /**
   * The names of the strategies, sorted.
   *
   * @return the names
   */
  public Set<String> names() {
    return byName.keySet();
  }

  /**
   * A builder holding this registry's strategies, to add more.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = builder();
    byName.values().forEach(b::add);
    return b;
  }

  /** Builds a {@link StrategyRegistry}. */
  public static final class Builder {
    private final Map<String, MatchingStrategy> strategies = new TreeMap<>();

    private Builder() {}

    /**
     * Adds the built-in strategies: {@code greedy}, {@code optimal}, {@code stable} and
     * {@code fair} (with the default gap).
     *
     * @return this builder
     */
    public Builder addBuiltIns() {
      for (MatchingStrategy s : List.of(MatchingStrategies.greedy(), MatchingStrategies.optimal(),
          MatchingStrategies.stable(), MatchingStrategies.fair())) {
        add(s);
      }
      return this;
    }

    /**
     * Adds a strategy.
     *
     * @param strategy the strategy
     * @return this builder
     * @throws IllegalStateException if a different strategy already has its name
     */
    public Builder add(MatchingStrategy strategy) {
      String name = strategy.name();
      MatchingStrategy known = strategies.get(name);
      if (known != null && known != strategy) {
        throw new IllegalStateException("two matching strategies are named '" + name + "': "
            + known.getClass().getName() + " and " + strategy.getClass().getName());
      }
      strategies.put(name, strategy);
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     */
    public StrategyRegistry build() {
      return new StrategyRegistry(strategies);
    }
  }
}
