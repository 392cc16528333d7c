package dev.coachradar.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coachradar.avro.AlertSubscription;
import dev.coachradar.avro.ChangeKind;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.Employment;
import dev.coachradar.avro.StatusChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertMatcherTest {

  private static CoachStatus status(final String team, final String destination, final double c) {
    return CoachStatus.newBuilder()
        .setCoach("allegri")
        .setEmployment(team == null ? Employment.FREE : Employment.EMPLOYED)
        .setCurrentTeam(team)
        .setLikelyDestination(destination)
        .setConfidence(c)
        .build();
  }

  private static StatusChange change(
      final CoachStatus before, final CoachStatus after, final ChangeKind... kinds) {
    return StatusChange.newBuilder()
        .setCoach("allegri")
        .setEventTime(Instant.parse("2025-02-01T10:00:00Z"))
        .setKinds(List.of(kinds))
        .setBefore(before)
        .setAfter(after)
        .setCausedBy(List.of("a2", "a3"))
        .setSummary("allegri: likely destination West Ham → Roma")
        .build();
  }

  private static AlertSubscription sub(
      final String coach, final String team, final double min, final ChangeKind... kinds) {
    return AlertSubscription.newBuilder()
        .setId("s")
        .setCoach(coach)
        .setTeam(team)
        .setKinds(List.of(kinds))
        .setMinConfidence(min)
        .build();
  }

  private final StatusChange toRoma =
      change(
          status(null, "west-ham", 0.4),
          status(null, "roma", 0.63),
          ChangeKind.DESTINATION,
          ChangeKind.CONFIDENCE_BAND);

  @Test
  void coachFilterNamesTheCoach() {
    assertThat(AlertMatcher.matches(sub("allegri", null, 0), toRoma)).isTrue();
    assertThat(AlertMatcher.matches(sub("ranieri", null, 0), toRoma)).isFalse();
  }

  @Test
  void teamFilterMatchesDestinationOrCurrentTeamBeforeOrAfter() {
    assertThat(AlertMatcher.matches(sub(null, "roma", 0), toRoma)).isTrue();
    assertThat(AlertMatcher.matches(sub(null, "west-ham", 0), toRoma)).isTrue();
    assertThat(AlertMatcher.matches(sub(null, "milan", 0), toRoma)).isFalse();
    final StatusChange hired =
        change(status(null, null, 0), status("milan", null, 0), ChangeKind.TEAM);
    assertThat(AlertMatcher.matches(sub(null, "milan", 0), hired)).isTrue();
  }

  @Test
  void kindsIntersectAndEmptyMeansAll() {
    assertThat(AlertMatcher.matchingKinds(sub("allegri", null, 0), toRoma))
        .containsExactly(ChangeKind.DESTINATION, ChangeKind.CONFIDENCE_BAND);
    assertThat(AlertMatcher.matchingKinds(sub("allegri", null, 0, ChangeKind.DESTINATION), toRoma))
        .containsExactly(ChangeKind.DESTINATION);
    assertThat(AlertMatcher.matches(sub("allegri", null, 0, ChangeKind.TEAM), toRoma)).isFalse();
  }

  @Test
  void minimumConfidenceOnlyGatesDestinationAndBandKinds() {
    assertThat(AlertMatcher.matches(sub("allegri", null, 0.63), toRoma)).isTrue();
    assertThat(AlertMatcher.matches(sub("allegri", null, 0.7), toRoma)).isFalse();
    final StatusChange sackedAndLinked =
        change(
            status("juventus", null, 0),
            status(null, "roma", 0.3),
            ChangeKind.TEAM,
            ChangeKind.DESTINATION);
    assertThat(AlertMatcher.matchingKinds(sub("allegri", null, 0.5), sackedAndLinked))
        .containsExactly(ChangeKind.TEAM);
  }

  @Test
  void alertCarriesTheSubscriptionTheChangeAndALine() {
    final var alert = AlertMatcher.alert(sub("allegri", null, 0), toRoma);
    assertThat(alert.getSubscriptionId()).isEqualTo("s");
    assertThat(alert.getChange()).isEqualTo(toRoma);
    assertThat(alert.getLine())
        .isEqualTo("2025-02-01  allegri: likely destination West Ham → Roma  [a2, a3]");
  }

  @Test
  void validationWantsAFilterAndAConfidenceInRange() {
    assertThatThrownBy(() -> AlertMatcher.validate(sub(null, null, 0)))
        .hasMessageContaining("coach or a team");
    assertThatThrownBy(() -> AlertMatcher.validate(sub("allegri", null, 1.5)))
        .hasMessageContaining("[0,1]");
    AlertMatcher.validate(sub(null, "roma", 0.5));
  }
}
