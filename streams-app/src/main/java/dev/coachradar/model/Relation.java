package dev.coachradar.model;

/**
 * How an article ties a coach to a team as of its date; the eight relations of
 * shared/corpus/ANNOTATION.md, most specific first in {@link #precedence()}.
 */
public enum Relation {
  /** He is the team's head coach now (stays, renewed, denies leaving). */
  COACHES,
  /** His job at the team is in danger. */
  AT_RISK,
  /** He will leave the team, not gone yet. */
  LEAVING,
  /** The team dismissed him (now or in the past). */
  SACKED,
  /** His spell ended in another way (contract end, resignation, mutual consent). */
  LEFT,
  /** A possible future move is alive (interest, contacts, offer, negotiation). */
  LINKED,
  /** The move is done: signed, agreed, appointed. */
  AGREED,
  /** A possible move is off: he said no, the team chose another, talks broke down. */
  REJECTED;

  /**
   * Rank used when one article supports several relations for the same pair: the higher wins.
   * AT_RISK and LEAVING beat COACHES (they imply it), SACKED beats LEFT, REJECTED beats LINKED (a
   * move talked about then turned down), AGREED beats LINKED.
   */
  public int precedence() {
    return switch (this) {
      case LINKED -> 1;
      case COACHES -> 2;
      case LEFT -> 3;
      case AT_RISK -> 4;
      case LEAVING -> 5;
      case SACKED -> 6;
      case REJECTED -> 7;
      case AGREED -> 8;
    };
  }

  /** True for relations meaning he coaches the team now. */
  public boolean impliesCurrentTeam() {
    return this == COACHES || this == AT_RISK || this == LEAVING;
  }

  /** True for relations meaning his spell at the team is over. */
  public boolean endsSpell() {
    return this == SACKED || this == LEFT;
  }
}
