package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.eval.EvalReport;
import dev.coachradar.eval.GoldCorpus;
import dev.coachradar.eval.GoldCorpus.GoldArticle;
import dev.coachradar.eval.GoldCorpus.GoldEmployment;
import dev.coachradar.eval.GoldCorpus.GoldSignal;
import dev.coachradar.model.Employment;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Whole articles written for this test (never seen by the rules' author while tuning on the dev
 * corpus), labelled by hand under ANNOTATION.md and scored with {@link EvalReport}.
 */
class FreshArticlesTest {

  private static GoldArticle article(
      String id,
      String lang,
      String title,
      String body,
      List<GoldSignal> gold,
      List<GoldEmployment> emp) {
    return new GoldArticle(new NewsArticle(id, null, "fresh", lang, title, body), gold, emp);
  }

  private static GoldSignal g(String coach, String team, Relation r) {
    return new GoldSignal(coach, team, r);
  }

  static GoldCorpus corpus() {
    return new GoldCorpus(
        List.of(
            article(
                "fresh-1",
                "it",
                "Torino, esonerato Vanoli: Cairo punta su D'Aversa",
                "Il Torino ha esonerato Paolo Vanoli dopo la sconfitta nel derby. Urbano Cairo ha"
                    + " già individuato il successore: Roberto D'Aversa, fermo dopo l'addio al"
                    + " Lecce, sarebbe in pole. Nel mirino granata c'è anche Davide Nicola, ex"
                    + " tecnico del Torino e oggi alla guida del Cagliari.",
                List.of(
                    g("paolo-vanoli", "torino", Relation.SACKED),
                    g("roberto-d-aversa", "torino", Relation.LINKED),
                    g("roberto-d-aversa", "lecce", Relation.LEFT),
                    g("davide-nicola", "torino", Relation.LEFT),
                    g("davide-nicola", "cagliari", Relation.COACHES)),
                List.of(new GoldEmployment("roberto-d-aversa", Employment.FREE))),
            article(
                "fresh-2",
                "en",
                "Everton appoint Moyes again",
                "Everton have appointed David Moyes as manager on an 18-month deal after sacking"
                    + " Sean Dyche. Moyes, out of work since leaving West Ham last summer, returns to"
                    + " Goodison Park eleven years after his first spell. Newcastle boss Eddie Howe"
                    + " had also been considered but was not available.",
                List.of(
                    g("david-moyes", "everton", Relation.AGREED),
                    g("sean-dyche", "everton", Relation.SACKED),
                    g("david-moyes", "west-ham", Relation.LEFT),
                    g("eddie-howe", "newcastle", Relation.COACHES),
                    g("eddie-howe", "everton", Relation.REJECTED)),
                List.of()),
            article(
                "fresh-3",
                "it",
                "Lazio, Sarri blindato. Niet al Napoli",
                "Maurizio Sarri resta alla guida della Lazio. Il tecnico toscano ha detto no al"
                    + " Napoli, che lo aveva sondato nelle ultime settimane. Lotito lo considera"
                    + " intoccabile.",
                List.of(
                    g("maurizio-sarri", "lazio", Relation.COACHES),
                    g("maurizio-sarri", "napoli", Relation.REJECTED)),
                List.of())));
  }

  @Test
  void freshArticlesScore() {
    final GoldCorpus gold = corpus();
    final Map<String, List<Signal>> pred = new HashMap<>();
    gold.articles()
        .forEach(
            a -> pred.put(a.article().id(), RuleExtractor.defaultExtractor().extract(a.article())));
    final EvalReport r = EvalReport.score(gold, pred, null, null);
    LoggerFactory.getLogger(FreshArticlesTest.class).info("fresh {}\n{}", r.toJson(), r.toText());
    assertThat(r.pairs().f1()).isGreaterThanOrEqualTo(0.5);
  }
}
