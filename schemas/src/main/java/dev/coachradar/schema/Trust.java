package dev.coachradar.schema;

/**
 * Lets Avro instantiate our generated classes when decoding.
 *
 * <p>Avro 1.12 refuses to decode into classes of untrusted packages ({@code SecurityException ...
 * not trusted}); it reads the trusted list from a system property, which we extend once.
 */
final class Trust {
  static final String PROPERTY = "org.apache.avro.SERIALIZABLE_PACKAGES";
  static final String PACKAGE = "dev.coachradar.avro";

  private Trust() {}

  static synchronized void ourPackage() {
    final String current = System.getProperty(PROPERTY);
    if (current == null || current.isBlank()) {
      System.setProperty(PROPERTY, PACKAGE);
    } else if (!current.contains(PACKAGE)) {
      System.setProperty(PROPERTY, current + "," + PACKAGE);
    }
  }
}
