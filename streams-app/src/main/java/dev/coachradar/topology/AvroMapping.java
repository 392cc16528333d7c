package dev.coachradar.topology;

import dev.coachradar.avro.Article;
import dev.coachradar.avro.BenchCandidate;
import dev.coachradar.avro.BenchEntry;
import dev.coachradar.avro.ChangeKind;
import dev.coachradar.avro.CoachSignal;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.StatusChange;
import dev.coachradar.avro.TeamBench;
import dev.coachradar.model.Candidate;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.Employment;
import dev.coachradar.model.Evidence;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import dev.coachradar.model.StatusChangeEvent;
import dev.coachradar.model.TeamBenches;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts between the Avro contract and the plain-Java model, so that extraction and folding never
 * see an Avro or Kafka type.
 */
public final class AvroMapping {
  private AvroMapping() {}

  /** The extractor's view of an article. */
  public static NewsArticle toModel(final Article a) {
    return new NewsArticle(
        a.getId(), a.getPublishedAt(), a.getSource(), a.getLang(), a.getTitle(), a.getBody());
  }

  /** A signal for the coach.signals topic. */
  public static CoachSignal toAvro(final Signal s) {
    return CoachSignal.newBuilder()
        .setCoach(s.coachId())
        .setCoachName(s.coachName() == null ? "" : s.coachName())
        .setTeam(s.teamId())
        .setRelation(
            s.relation() == null ? null : dev.coachradar.avro.Relation.valueOf(s.relation().name()))
        .setEmployment(
            s.employment() == null
                ? null
                : dev.coachradar.avro.Employment.valueOf(s.employment().name()))
        .setStrength(s.strength())
        .setArticleId(s.articleId())
        .setPublishedAt(s.publishedAt())
        .setSource(s.source())
        .setFingerprint(s.fingerprint())
        .setEvidence(toAvro(s.evidence(), s.articleId()))
        .setOpenBench(s.openBench())
        .setBenchHeld(s.benchHeld())
        .build();
  }

  /** A signal read back from coach.signals or from the history store. */
  public static Signal toModel(final CoachSignal s) {
    return new Signal(
        s.getCoach(),
        s.getCoachName(),
        s.getTeam(),
        s.getRelation() == null ? null : Relation.valueOf(s.getRelation().name()),
        s.getEmployment() == null ? null : Employment.valueOf(s.getEmployment().name()),
        s.getStrength(),
        s.getArticleId(),
        s.getPublishedAt(),
        s.getSource(),
        s.getFingerprint(),
        toModel(s.getEvidence()),
        s.getOpenBench(),
        s.getBenchHeld());
  }

  static dev.coachradar.avro.Evidence toAvro(final Evidence e, final String articleId) {
    if (e == null) {
      return dev.coachradar.avro.Evidence.newBuilder()
          .setArticleId(articleId)
          .setTitle("")
          .setSentence("")
          .build();
    }
    return dev.coachradar.avro.Evidence.newBuilder()
        .setArticleId(e.articleId() == null ? articleId : e.articleId())
        .setTitle(e.title() == null ? "" : e.title())
        .setSentence(e.sentence() == null ? "" : e.sentence())
        .setStart(e.start())
        .setEnd(e.end())
        .build();
  }

  static Evidence toModel(final dev.coachradar.avro.Evidence e) {
    return new Evidence(e.getArticleId(), e.getTitle(), e.getSentence(), e.getStart(), e.getEnd());
  }

  /** A coach's state for the coach.status topic and store. */
  public static CoachStatus toAvro(final CoachState s) {
    final List<dev.coachradar.avro.Candidate> candidates = new ArrayList<>();
    for (final Candidate c : s.candidates()) {
      candidates.add(
          dev.coachradar.avro.Candidate.newBuilder()
              .setTeam(c.teamId())
              .setScore(c.score())
              .setProbability(c.probability())
              .setLastRelation(dev.coachradar.avro.Relation.valueOf(c.lastRelation().name()))
              .setArticles(List.copyOf(c.articles()))
              .build());
    }
    final List<dev.coachradar.avro.Evidence> evidence = new ArrayList<>();
    for (final Evidence e : s.evidence()) {
      evidence.add(toAvro(e, e.articleId()));
    }
    return CoachStatus.newBuilder()
        .setCoach(s.coachId())
        .setCoachName(s.coachName() == null ? "" : s.coachName())
        .setEmployment(dev.coachradar.avro.Employment.valueOf(s.employment().name()))
        .setCurrentTeam(s.currentTeam())
        .setAtRisk(s.atRisk())
        .setLeaving(s.leaving())
        .setLikelyDestination(s.likelyDestination())
        .setConfidence(s.confidence())
        .setDestinationArticles(List.copyOf(s.destinationArticles()))
        .setCandidates(candidates)
        .setEvidence(evidence)
        .setArticlesSeen(s.articlesSeen())
        .setUpdatedAt(s.updatedAt())
        .build();
  }

  /** A coach's state read back from the store or topic. */
  public static CoachState toModel(final CoachStatus s) {
    final List<Candidate> candidates = new ArrayList<>();
    for (final dev.coachradar.avro.Candidate c : s.getCandidates()) {
      candidates.add(
          new Candidate(
              c.getTeam(),
              c.getScore(),
              c.getProbability(),
              Relation.valueOf(c.getLastRelation().name()),
              List.copyOf(c.getArticles())));
    }
    final List<Evidence> evidence = new ArrayList<>();
    for (final dev.coachradar.avro.Evidence e : s.getEvidence()) {
      evidence.add(toModel(e));
    }
    return new CoachState(
        s.getCoach(),
        s.getCoachName(),
        Employment.valueOf(s.getEmployment().name()),
        s.getCurrentTeam(),
        s.getAtRisk(),
        s.getLeaving(),
        s.getLikelyDestination(),
        s.getConfidence(),
        List.copyOf(s.getDestinationArticles()),
        candidates,
        evidence,
        s.getArticlesSeen(),
        s.getUpdatedAt());
  }

  /** Epoch millis of an event time, 0 for undated (treated as the oldest news). */
  public static long eventMillis(final Instant t) {
    return t == null ? 0L : Math.max(0L, t.toEpochMilli());
  }

  /** A change for the coach.status-changes topic. */
  public static StatusChange toAvro(final StatusChangeEvent e) {
    final List<ChangeKind> kinds = new ArrayList<>();
    e.kinds().forEach(k -> kinds.add(ChangeKind.valueOf(k.name())));
    return StatusChange.newBuilder()
        .setCoach(e.coachId())
        .setCoachName(e.coachName() == null ? "" : e.coachName())
        .setEventTime(e.eventTime())
        .setKinds(kinds)
        .setBefore(e.before() == null ? null : toAvro(e.before()))
        .setAfter(toAvro(e.after()))
        .setCausedBy(List.copyOf(e.causedBy()))
        .setLate(e.late())
        .setSummary(e.summary())
        .build();
  }

  /** A bench entry for the bench-entries repartition topic. */
  public static BenchEntry toAvro(final TeamBenches.Entry e) {
    return BenchEntry.newBuilder()
        .setTeam(e.teamId())
        .setCoach(e.coachId())
        .setCurrent(e.role() == TeamBenches.Role.CURRENT)
        .setCandidate(e.role() == TeamBenches.Role.CANDIDATE)
        .setScore(e.score())
        .setProbability(e.probability())
        .setUpdatedAt(e.updatedAt())
        .build();
  }

  /** A present bench entry (current or candidate) back in the model. */
  public static TeamBenches.Entry toModel(final BenchEntry e) {
    return new TeamBenches.Entry(
        e.getTeam(),
        e.getCoach(),
        e.getCurrent() ? TeamBenches.Role.CURRENT : TeamBenches.Role.CANDIDATE,
        e.getScore(),
        e.getProbability(),
        e.getUpdatedAt());
  }

  /** A team's bench for the team.bench topic. */
  public static TeamBench toAvro(final TeamBenches.Bench b) {
    final List<BenchCandidate> candidates = new ArrayList<>();
    for (final TeamBenches.Entry c : b.candidates()) {
      candidates.add(new BenchCandidate(c.coachId(), c.score(), c.probability()));
    }
    return new TeamBench(b.teamId(), b.currentCoach(), candidates, b.updatedAt());
  }
}
