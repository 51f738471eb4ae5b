package org.esfkit.core;

import org.immutables.value.Value;

/** A location as WGS 84 latitude and longitude, in degrees. */
@Value.Immutable
@EsfkitImmutable
public abstract class GeoPoint {
  private static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * Returns the latitude.
   *
   * @return degrees in [-90, 90]
   */
  @Value.Parameter
  public abstract double latitude();

  /**
   * Returns the longitude.
   *
   * @return degrees in [-180, 180]
   */
  @Value.Parameter
  public abstract double longitude();

  /**
   * Creates a point.
   *
   * @param latitude degrees in [-90, 90]
   * @param longitude degrees in [-180, 180]
   * @return the point
   * @throws ValidationException if out of range
   */
  public static GeoPoint of(double latitude, double longitude) {
    return ImmutableGeoPoint.of(latitude, longitude);
  }

  /**
   * Returns the great-circle (haversine) distance to another point.
   *
   * @param other the other point
   * @return kilometres
   */
  public double distanceKm(GeoPoint other) {
    double lat1 = Math.toRadians(latitude());
    double lat2 = Math.toRadians(other.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude() - longitude());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  @Value.Check
  void check() {
    ValidationException.check(latitude() >= -90 && latitude() <= 90, "latitude %s is outside [-90, 90]", latitude());
    ValidationException.check(
        longitude() >= -180 && longitude() <= 180, "longitude %s is outside [-180, 180]", longitude());
  }
}
