package org.esfkit.matching.internal;

import java.util.Arrays;
import org.esfkit.core.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * Points sorted by latitude, for "everything within {@code km}" queries that return a superset of
 * the points within that great-circle distance (the bounding box of the spherical cap) plus every
 * entity without a location. The caller checks the exact distance.
 */
final class GeoIndex {
  /** The sphere of {@link GeoPoint#distanceKm}. */
  private static final double EARTH_RADIUS_KM = 6371.0088;
  /** Widens every box a little, so rounding never loses a point at the edge. */
  private static final double SLACK_DEGREES = 1e-6;

  private final double[] lat;
  private final double[] lon;
  private final int[] id;
  private final int[] unlocated;

  GeoIndex(@Nullable GeoPoint[] points) {
    int located = 0;
    for (GeoPoint p : points) {
      if (p != null) {
        located++;
      }
    }
    Integer[] order = new Integer[located];
    int[] un = new int[points.length - located];
    int a = 0;
    int b = 0;
    for (int i = 0; i < points.length; i++) {
      if (points[i] != null) {
        order[a++] = i;
      } else {
        un[b++] = i;
      }
    }
    Arrays.sort(order, (x, y) -> Double.compare(points[x].latitude(), points[y].latitude()));
    lat = new double[located];
    lon = new double[located];
    id = new int[located];
    for (int j = 0; j < located; j++) {
      GeoPoint p = points[order[j]];
      lat[j] = p.latitude();
      lon[j] = p.longitude();
      id[j] = order[j];
    }
    unlocated = un;
  }

  /**
   * The entities that may lie within {@code km} of {@code q}, in ascending index.
   *
   * @return the indices, or null when the box is the whole sphere
   */
  int @Nullable [] near(GeoPoint q, double km) {
    double r = km / EARTH_RADIUS_KM;
    if (r >= Math.PI / 2) {
      return null;
    }
    double dLat = Math.toDegrees(r) + SLACK_DEGREES;
    double latMin = q.latitude() - dLat;
    double latMax = q.latitude() + dLat;
    double dLon = 360;
    double cos = Math.cos(Math.toRadians(q.latitude()));
    if (latMin > -90 && latMax < 90 && Math.sin(r) < cos) {
      dLon = Math.toDegrees(Math.asin(Math.sin(r) / cos)) + SLACK_DEGREES;
    }
    int from = lowerBound(latMin);
    int to = lowerBound(Math.nextUp(latMax));
    int[] out = new int[(to - from) + unlocated.length];
    int n = 0;
    for (int j = from; j < to; j++) {
      if (dLon >= 180 || lonWithin(lon[j], q.longitude(), dLon)) {
        out[n++] = id[j];
      }
    }
    System.arraycopy(unlocated, 0, out, n, unlocated.length);
    n += unlocated.length;
    int[] result = Arrays.copyOf(out, n);
    Arrays.sort(result);
    return result;
  }

  private static boolean lonWithin(double lon, double centre, double dLon) {
    double d = Math.abs(lon - centre);
    if (d > 180) {
      d = 360 - d;
    }
    return d <= dLon;
  }

  private int lowerBound(double v) {
    int lo = 0;
    int hi = lat.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (lat[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
