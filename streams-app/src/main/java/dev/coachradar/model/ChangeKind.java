package dev.coachradar.model;

/** What a subscriber can be told has changed about a coach (mirrors the Avro ChangeKind). */
public enum ChangeKind {
  /** Employed / free / unknown changed. */
  EMPLOYMENT,
  /** Current team changed. */
  TEAM,
  /** The at-risk flag changed. */
  AT_RISK,
  /** The leaving flag changed. */
  LEAVING,
  /** Likely destination changed. */
  DESTINATION,
  /** Confidence moved to another band ([0,.25), [.25,.5), [.5,.75), [.75,1]). */
  CONFIDENCE_BAND,
  /** Reserved for kinds added later (Avro enum default); never produced here. */
  OTHER
}
