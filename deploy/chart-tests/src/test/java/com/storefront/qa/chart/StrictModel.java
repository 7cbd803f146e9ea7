package com.storefront.qa.chart;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds fields that the fabric8 model did not recognise. Its classes keep unknown JSON fields in an
 * {@code additionalProperties} map instead of failing, so a misspelt or misplaced key (say {@code
 * readinessprobe} or {@code securityContext.capabilities.dropp}) would pass a plain parse; this
 * walks the object graph and reports each such field with its path.
 */
final class StrictModel {
  private StrictModel() {}

  static List<String> unknownFields(Object model) {
    List<String> found = new ArrayList<>();
    walk(model, "", found);
    return found;
  }

  private static void walk(Object node, String path, List<String> found) {
    if (node == null) {
      return;
    }
    if (node instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", found);
      }
      return;
    }
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path + "." + k, found));
      return;
    }
    if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
      return;
    }
    for (Method getter : node.getClass().getMethods()) {
      if (!isGetter(getter)) {
        continue;
      }
      Object value = invoke(getter, node);
      if (getter.getName().equals("getAdditionalProperties")) {
        if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
          extra.keySet().forEach(k -> found.add(path + "." + k));
        }
      } else {
        walk(value, path + "." + property(getter), found);
      }
    }
  }

  private static boolean isGetter(Method m) {
    return m.getParameterCount() == 0
        && !Modifier.isStatic(m.getModifiers())
        && m.getName().startsWith("get")
        && !m.getName().equals("getClass")
        && m.getDeclaringClass().getName().startsWith("io.fabric8");
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(getter + " failed", e);
    }
  }

  private static String property(Method getter) {
    String n = getter.getName().substring(3);
    return n.isEmpty() ? n : Character.toLowerCase(n.charAt(0)) + n.substring(1);
  }
}
