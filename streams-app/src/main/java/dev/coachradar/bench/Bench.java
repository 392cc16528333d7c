package dev.coachradar.bench;

import dev.coachradar.app.Components;
import dev.coachradar.app.ProcessingMonitor;
import dev.coachradar.app.StreamsRunner;
import dev.coachradar.avro.Article;
import dev.coachradar.config.AppConfig;
import dev.coachradar.embedded.EmbeddedKafka;
import dev.coachradar.extract.Extractor;
import dev.coachradar.model.CoachHistory;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.ModelConfig;
import dev.coachradar.model.Signal;
import dev.coachradar.model.StatusFolder;
import dev.coachradar.producer.generate.ArticleGenerator;
import dev.coachradar.producer.generate.GeneratedArticle;
import dev.coachradar.producer.generate.GeneratorOptions;
import dev.coachradar.schema.Topics;
import dev.coachradar.topology.AvroMapping;
import dev.coachradar.topology.CoachRadarTopology;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Runs the four contenders of the bench one after the other on one in-process broker, over the same
 * generated articles published once to news.articles: a plain consumer (the limit), a naive
 * in-memory consumer with the same extraction and folding, and the topology under exactly_once_v2
 * and at_least_once. Between the two topology runs the topics the topology writes are deleted and
 * created again, so each run starts from the articles alone.
 */
public final class Bench {
  private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(30);

  private final EmbeddedKafka kafka;
  private final long articles;
  private final int partitions;
  private final long seed;
  private final Map<String, String> settings;
  private final PrintWriter progress;

  private Bench(
      final EmbeddedKafka kafka,
      final long articles,
      final int partitions,
      final long seed,
      final Map<String, String> settings,
      final PrintWriter progress) {
    this.kafka = kafka;
    this.articles = articles;
    this.partitions = partitions;
    this.seed = seed;
    this.settings = Map.copyOf(settings);
    this.progress = progress;
  }

  /**
   * Starts a broker, publishes {@code articles} generated from {@code seed}, runs all four; {@code
   * settings} override coach-radar.properties in the topology runs. With {@code warmupArticles}
   * &gt; 0, first an untimed warm-up (see {@link #warmUp}).
   */
  public static BenchReport run(
      final long articles,
      final int partitions,
      final long seed,
      final long warmupArticles,
      final Map<String, String> settings,
      final PrintWriter progress)
      throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      final Bench bench = new Bench(kafka, articles, partitions, seed, settings, progress);
      kafka.createTopics(partitions);
      if (warmupArticles > 0) {
        new Bench(kafka, warmupArticles, partitions, seed + 1, settings, progress).warmUp();
        bench.recreateTopics(true);
      }
      bench.publish();
      final PhaseResult limit = bench.phase("limit", bench::rawConsume);
      final PhaseResult naive = bench.phase("naive", bench::naive);
      final PhaseResult eos = bench.phase("eos", () -> bench.topology("exactly_once_v2"));
      bench.recreateTopics(false);
      final PhaseResult alo = bench.phase("alo", () -> bench.topology("at_least_once"));
      return new BenchReport(articles, partitions, seed, warmupArticles, limit, naive, eos, alo);
    }
  }

  /**
   * The warm-up: publishes this bench's articles (another seed than the measured run's) and runs
   * the naive loop and the topology under exactly_once_v2 over them, unmeasured, so that the JIT
   * has compiled the extractor, the fold, and the Kafka client, Streams and broker code before the
   * measured phases. Without it the first phase to run a piece of code pays for its compilation:
   * the naive peer pays for the extractor's and the fold's, the eos run for Kafka's (the C2
   * compiler threads used more CPU than the stream thread in a cold 30k eos phase).
   */
  private void warmUp() throws Exception {
    progress.printf("[bench] warm-up over %d articles (not measured) ...%n", articles);
    progress.flush();
    final long t0 = System.nanoTime();
    publish();
    naive();
    topology("exactly_once_v2");
    progress.printf("[bench] warm-up done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    progress.flush();
  }

  /** Runs one contender after a collection, sampling the heap meanwhile. */
  private PhaseResult phase(final String name, final PhaseBody body) throws Exception {
    System.gc();
    progress.printf("[bench] %s ...%n", name);
    progress.flush();
    final PhaseResult measured;
    final HeapSampler heap = new HeapSampler();
    final long cpu0 = processCpuNanos();
    try {
      measured = body.run();
    } finally {
      heap.close();
    }
    final double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
    final PhaseResult r =
        new PhaseResult(
            name,
            measured.articles(),
            measured.seconds(),
            measured.p50Millis(),
            measured.p99Millis(),
            measured.latencySamples(),
            heap.peakMb(),
            heap.peakLiveMb(),
            cpuSeconds);
    progress.printf(
        "[bench] %s: %.0f articles/s over %.2f s, %.1f CPU s%n",
        name, r.throughput(), r.seconds(), cpuSeconds);
    progress.flush();
    return r;
  }

  /** CPU time of this JVM so far (every thread), or 0 when the platform does not tell. */
  private static long processCpuNanos() {
    final java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? Math.max(0, sun.getProcessCpuTime())
        : 0;
  }

  /** The measured part of a phase (heap and CPU figures are filled in by {@link #phase}). */
  @FunctionalInterface
  private interface PhaseBody {
    PhaseResult run() throws Exception;
  }

  // ---- publishing -------------------------------------------------------------------------

  /**
   * Publishes the articles in published_at order. The generator's times rise with a jitter of a few
   * steps, so a small reordering buffer suffices; an article that would still go out of order fails
   * the bench.
   */
  private void publish() throws Exception {
    final Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
    final long t0 = System.nanoTime();
    final Comparator<Article> byTime =
        Comparator.comparing(Article::getPublishedAt).thenComparing(Article::getId);
    final PriorityQueue<Article> buffer = new PriorityQueue<>(byTime);
    final int window = 4096;
    final long[] last = {Long.MIN_VALUE};
    try (KafkaProducer<String, Article> producer =
        new KafkaProducer<>(
            props, new StringSerializer(), Topics.ARTICLES.valueSerde().serializer())) {
      final Consumer<Article> send =
          a -> {
            final long ts = a.getPublishedAt().toEpochMilli();
            if (ts < last[0]) {
              throw new IllegalStateException("articles out of published_at order at " + a.getId());
            }
            last[0] = ts;
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), null, ts, a.getId(), a));
          };
      final Iterator<GeneratedArticle> it =
          ArticleGenerator.standard().iterator(seed, GeneratorOptions.of(articles));
      while (it.hasNext()) {
        buffer.add(it.next().article());
        if (buffer.size() > window) {
          send.accept(buffer.poll());
        }
      }
      while (!buffer.isEmpty()) {
        send.accept(buffer.poll());
      }
      producer.flush();
    }
    progress.printf(
        "[bench] published %d articles in %.1f s%n", articles, (System.nanoTime() - t0) / 1e9);
    progress.flush();
  }

  // ---- (a) the limit: a plain consumer ------------------------------------------------------

  private PhaseResult rawConsume() {
    final long[] count = {0};
    final double seconds = consumeAll((records, polledAt) -> count[0] += records.count());
    return new PhaseResult("limit", count[0], seconds, Double.NaN, Double.NaN, 0, 0, 0, 0);
  }

  /** Reads news.articles from the start to its end, handing each poll to {@code handler}. */
  private double consumeAll(final PollHandler handler) {
    final Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<String, Article> consumer =
        new KafkaConsumer<>(
            props, new StringDeserializer(), Topics.ARTICLES.valueSerde().deserializer())) {
      final List<TopicPartition> tps = partitionsOf(consumer, Topics.ARTICLES.name());
      consumer.assign(tps);
      consumer.seekToBeginning(tps);
      final Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(tps));
      ends.values().removeIf(end -> end == 0);
      long first = 0;
      final long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
      while (!ends.isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read news.articles in " + PHASE_TIMEOUT);
        }
        final ConsumerRecords<String, Article> records = consumer.poll(Duration.ofMillis(100));
        final long polledAt = System.nanoTime();
        if (!records.isEmpty()) {
          if (first == 0) {
            first = polledAt;
          }
          handler.accept(records, polledAt);
        }
        ends.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
      }
      return (System.nanoTime() - first) / 1e9;
    }
  }

  @FunctionalInterface
  private interface PollHandler {
    void accept(ConsumerRecords<String, Article> records, long polledAtNanos);
  }

  // ---- (b) the naive peer -------------------------------------------------------------------

  /**
   * Extraction and folding in a consumer loop, as anyone would write it: a map of coach to his
   * history, refold when the history changes, no fault tolerance, no output. Latency: from the poll
   * that returned the article to its new status computed.
   */
  private PhaseResult naive() {
    final AppConfig cfg = AppConfig.defaults(settings);
    final ModelConfig model = Components.modelConfig(cfg);
    final Extractor extractor = Components.extractor();
    final StatusFolder folder = Components.folder(model);
    final Map<String, CoachHistory> histories = new HashMap<>();
    final Map<String, CoachState> states = new HashMap<>();
    final LongList latencies = new LongList();
    final long[] count = {0};
    final double seconds =
        consumeAll(
            (records, polledAt) -> {
              for (final ConsumerRecord<String, Article> r : records) {
                count[0]++;
                final Map<String, List<Signal>> byCoach = new LinkedHashMap<>();
                for (final Signal s : extractor.extract(AvroMapping.toModel(r.value()))) {
                  byCoach.computeIfAbsent(s.coachId(), c -> new ArrayList<>()).add(s);
                }
                byCoach.forEach(
                    (coach, signals) -> {
                      final CoachHistory h =
                          histories.computeIfAbsent(coach, c -> new CoachHistory(c, model));
                      boolean changed = false;
                      for (final Signal s : signals) {
                        changed |= h.add(s);
                      }
                      if (changed) {
                        final CoachState after = folder.fold(h);
                        if (!after.equals(states.put(coach, after))) {
                          latencies.add(System.nanoTime() - polledAt);
                        }
                      }
                    });
              }
            });
    return latencyResult("naive", count[0], seconds, latencies);
  }

  // ---- (c), (d) the topology ----------------------------------------------------------------

  /**
   * The production topology with the production configuration, a fresh application id and the given
   * processing guarantee. Throughput: from the first articles handed to the application to its
   * committed offsets reaching the end of every input topic. Latency: from that hand-over (a
   * consumer interceptor notes it per record timestamp) to the status change caused by the article
   * being visible to a read_committed consumer of coach.status-changes (matched by record
   * timestamp, which the topology carries from the article to its outputs).
   */
  private PhaseResult topology(final String guarantee) throws Exception {
    final String appId =
        "coach-radar-bench-" + guarantee.replace('_', '-') + "-" + System.currentTimeMillis();
    final Path stateDir = Files.createTempDirectory("coach-radar-bench-");
    final Map<String, String> overrides = new HashMap<>(settings);
    overrides.put("bootstrap.servers", kafka.bootstrapServers());
    overrides.put("application.id", appId);
    overrides.put("state.dir", stateDir.toString());
    overrides.put("processing.guarantee", guarantee);
    overrides.put("main.consumer.interceptor.classes", ArrivalProbe.class.getName());
    final AppConfig cfg = AppConfig.defaults(overrides);
    final boolean eos = !"at_least_once".equals(guarantee);
    final Set<String> written =
        Set.of(
            Topics.SIGNALS.name(),
            appId + "-" + CoachRadarTopology.BENCH_REPARTITION + "-repartition");
    final ArrivalProbe.Recording recording = ArrivalProbe.start();
    try (ChangeWatcher watcher = new ChangeWatcher(kafka.bootstrapServers());
        Admin admin = kafka.admin()) {
      final ProcessingMonitor monitor = new ProcessingMonitor(admin, appId);
      final StreamsRunner runner = StreamsRunner.create(cfg, Components.topology(cfg));
      final long[] committed = {0};
      final long end;
      try {
        runner.start(Duration.ofMinutes(2));
        end =
            awaitCaughtUp(
                admin, appId, monitor, runner, eos, written, recording.articles::get, committed);
      } finally {
        runner.close();
      }
      // Where the wall time went: handing the articles over, then (the tail) the last articles'
      // processing and commit, then the downstream sub-topologies (fold, team bench) reading what
      // those commits made visible and committing in turn.
      progress.printf(
          Locale.ROOT,
          "[bench] %s: last article handed over at %.2f s, articles committed at %.2f s, caught"
              + " up at %.2f s%n",
          guarantee,
          (recording.lastNanos - recording.firstNanos) / 1e9,
          (committed[0] - recording.firstNanos) / 1e9,
          (end - recording.firstNanos) / 1e9);
      progress.flush();
      final List<long[]> arrivals = watcher.stop();
      final LongList latencies = new LongList();
      for (final long[] a : arrivals) {
        final Long seen = recording.firstSeenByTimestamp.get(a[0]);
        if (seen != null) {
          latencies.add(a[1] - seen);
        }
      }
      final double seconds = (end - recording.firstNanos) / 1e9;
      return latencyResult(guarantee, recording.articles.get(), seconds, latencies);
    } finally {
      Utils.delete(stateDir.toFile());
    }
  }

  /**
   * Waits until the application is caught up (see {@link ProcessingMonitor#isCaughtUp}), checking
   * every 20 ms. While its committed offsets on news.articles are short of the articles' end
   * offsets (fixed: they were published before the phase), one request for the group's offsets
   * tells it is not; the full check (topic descriptions, end offsets of every input, the group's
   * offsets: three to six requests) runs only after that. The bench's observers share the two cores
   * with the contender, so they should cost as little as possible: until the application has been
   * handed every article ({@code handedOver}, the consumer interceptor's count), its offsets cannot
   * be at their end, so the group's offsets are asked for only once a second until then (a safety
   * net, should the count fall short) instead of every 20 ms. {@code articlesCommitted[0]} gets the
   * moment the committed offsets were first seen at the articles' end.
   */
  private long awaitCaughtUp(
      final Admin admin,
      final String appId,
      final ProcessingMonitor monitor,
      final StreamsRunner runner,
      final boolean eos,
      final Set<String> written,
      final LongSupplier handedOver,
      final long[] articlesCommitted)
      throws Exception {
    final Set<String> plain = eos ? Set.of(Topics.ARTICLES.name()) : union(written);
    final Set<String> transactional = eos ? written : Set.of();
    final Map<TopicPartition, Long> articleEnds = articleEndOffsets();
    boolean articlesConsumed = false;
    final long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
    long lastAsked = System.nanoTime();
    while (true) {
      if (runner.hasFailed()) {
        throw new IllegalStateException("the topology failed; see the log");
      }
      if (!articlesConsumed
          && (handedOver.getAsLong() >= articles
              || System.nanoTime() - lastAsked >= TimeUnit.SECONDS.toNanos(1))) {
        lastAsked = System.nanoTime();
        articlesConsumed = reached(admin, appId, articleEnds);
        if (articlesConsumed) {
          articlesCommitted[0] = System.nanoTime();
        }
      }
      if (articlesConsumed && monitor.isCaughtUp(plain, transactional)) {
        return System.nanoTime();
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("not caught up within " + PHASE_TIMEOUT);
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  /** The end offsets of news.articles' non-empty partitions. */
  private Map<TopicPartition, Long> articleEndOffsets() {
    final Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      final Map<TopicPartition, Long> ends =
          new HashMap<>(consumer.endOffsets(partitionsOf(consumer, Topics.ARTICLES.name())));
      ends.values().removeIf(end -> end == 0);
      return ends;
    }
  }

  /** Whether the group's committed offsets have reached {@code ends}. */
  private static boolean reached(
      final Admin admin, final String group, final Map<TopicPartition, Long> ends)
      throws Exception {
    final Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    for (final Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
      final OffsetAndMetadata c = committed.get(e.getKey());
      if (c == null || c.offset() < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> union(final Set<String> written) {
    final Set<String> all = new HashSet<>(written);
    all.add(Topics.ARTICLES.name());
    return all;
  }

  /**
   * Deletes every topic but news.articles and creates the topics of {@link Topics#ALL} again, so
   * the next run starts from the articles alone. With {@code all}, news.articles and every other
   * topic (the warm-up application's internal ones) go too, the broker's own excepted.
   */
  private void recreateTopics(final boolean all) throws Exception {
    try (Admin admin = kafka.admin()) {
      final List<String> names = new ArrayList<>();
      if (all) {
        for (final String t : admin.listTopics().names().get()) {
          if (!t.startsWith("__")) {
            names.add(t);
          }
        }
      } else {
        for (final Topics.Topic<?> t : Topics.ALL) {
          if (!t.name().equals(Topics.ARTICLES.name())) {
            names.add(t.name());
          }
        }
      }
      admin.deleteTopics(names).all().get();
      final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (true) {
        try {
          EmbeddedKafka.createTopics(admin, partitions, (short) 1);
          if (admin.listTopics().names().get().containsAll(topicNames())) {
            return;
          }
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException) || System.nanoTime() > deadline) {
            throw e;
          }
        }
        TimeUnit.MILLISECONDS.sleep(200);
      }
    }
  }

  private static Set<String> topicNames() {
    final Set<String> names = new HashSet<>();
    for (final Topics.Topic<?> t : Topics.ALL) {
      names.add(t.name());
    }
    return names;
  }

  private static PhaseResult latencyResult(
      final String name, final long count, final double seconds, final LongList latencies) {
    final long[] ns = latencies.toArray();
    return new PhaseResult(
        name,
        count,
        seconds,
        Percentiles.of(ns, 50) / 1e6,
        Percentiles.of(ns, 99) / 1e6,
        ns.length,
        0,
        0,
        0);
  }

  private static <K, V> List<TopicPartition> partitionsOf(
      final KafkaConsumer<K, V> consumer, final String topic) {
    final List<TopicPartition> tps = new ArrayList<>();
    for (final PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
      tps.add(new TopicPartition(topic, p.partition()));
    }
    return tps;
  }

  /**
   * Reads coach.status-changes with read_committed from its current end on a thread of its own,
   * noting each record's timestamp and wall-clock arrival.
   */
  private static final class ChangeWatcher implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final List<long[]> arrivals = new ArrayList<>();
    private volatile boolean running = true;

    ChangeWatcher(final String bootstrap) {
      final Properties props = new Properties();
      props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
      // The broker answers a waiting fetch as soon as a commit makes records visible, so a long
      // wait does not delay the arrivals noted here; 10 ms made it answer an empty fetch about a
      // hundred times a second on the contender's cores (BENCHMARKS.md, tenth round).
      props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "500");
      // Responses under half a G1 region (1 MiB at -Xmx512m), as the application's main consumer
      // (main.consumer.fetch.max.bytes): at the default 50 MiB each response was read into one
      // humongous array on the contender's heap, harness garbage that started concurrent marking
      // cycles in the topology phases (BENCHMARKS.md, thirteenth and fourteenth rounds).
      props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, "491520");
      consumer =
          new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
      final List<TopicPartition> tps = partitionsOf(consumer, Topics.STATUS_CHANGES.name());
      consumer.assign(tps);
      consumer.seekToEnd(tps);
      tps.forEach(consumer::position); // resolve the end now, before the application starts
      thread = new Thread(this::loop, "bench-change-watcher");
      thread.setDaemon(true);
      thread.start();
    }

    private void loop() {
      while (running) {
        final ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(50));
        final long now = System.nanoTime();
        for (final ConsumerRecord<byte[], byte[]> r : records) {
          arrivals.add(new long[] {r.timestamp(), now});
        }
      }
    }

    /** Drains what is visible now, stops, and returns (timestamp, arrival nanos) pairs. */
    List<long[]> stop() throws InterruptedException {
      running = false;
      thread.join();
      return arrivals;
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      thread.join();
      consumer.close();
    }
  }

  /** A growable list of longs. */
  private static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(final long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
