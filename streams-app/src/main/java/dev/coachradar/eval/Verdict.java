package dev.coachradar.eval;

import dev.coachradar.model.Employment;

/**
 * What the pipeline concludes about a coach at a checkpoint, compared with the reader's verdict.
 *
 * @param currentTeam team he coaches, or null
 * @param employment employed, free or unknown
 * @param likelyDestination where he most likely goes next, or null
 */
public record Verdict(String currentTeam, Employment employment, String likelyDestination) {}
