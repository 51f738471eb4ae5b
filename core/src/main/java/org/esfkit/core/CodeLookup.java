package org.esfkit.core;

import java.util.HashMap;
import java.util.Map;

/**
 * The constants of each {@link Coded} enumeration by code and alias, built once per enumeration:
 * for each constant in declaration order its code, then its aliases; the first constant to claim
 * a spelling keeps it, as a scan in declaration order would find it.
 */
final class CodeLookup {
  private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> m = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        Coded c = (Coded) constant;
        m.putIfAbsent(c.code(), constant);
        for (String alias : c.aliases()) {
          m.putIfAbsent(alias, constant);
        }
      }
      return Map.copyOf(m);
    }
  };

  private CodeLookup() {}

  static Map<String, Object> of(Class<?> type) {
    return BY_CODE.get(type);
  }
}
