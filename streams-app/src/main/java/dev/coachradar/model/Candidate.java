package dev.coachradar.model;

import java.util.List;

/**
 * A team a coach may go to.
 *
 * @param teamId team id
 * @param score evidence score after decay, hedging and source weighting (not a probability)
 * @param probability this team's share of the move probability, in [0,1]
 * @param lastRelation latest relation reported for the pair
 * @param articles ids of the articles behind it, newest first
 */
public record Candidate(
    String teamId,
    double score,
    double probability,
    Relation lastRelation,
    List<String> articles) {}
