package dev.coachradar.model;

/** Whether a coach has a bench; UNKNOWN until some news says so. */
public enum Employment {
  /** Has a bench. */
  EMPLOYED,
  /** Without a bench (fermo, svincolato, senza panchina). */
  FREE,
  /** No news says yet. */
  UNKNOWN
}
