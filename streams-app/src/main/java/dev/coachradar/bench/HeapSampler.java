package dev.coachradar.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Samples the heap every few milliseconds on a daemon thread: the highest use seen, and the highest
 * use right after a collection (the live set, which the maximum heap must hold).
 */
final class HeapSampler implements AutoCloseable {
  private static final long MB = 1024 * 1024;

  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;
  private volatile long peakLive;

  HeapSampler() {
    thread = new Thread(this::loop, "bench-heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      sample();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void sample() {
    final long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long live = 0;
    for (final MemoryPoolMXBean p : pools) {
      final MemoryUsage after = p.getCollectionUsage();
      if (after != null) {
        live += after.getUsed();
      }
    }
    peak = Math.max(peak, used);
    peakLive = Math.max(peakLive, live);
  }

  double peakMb() {
    return (double) peak / MB;
  }

  double peakLiveMb() {
    return (double) peakLive / MB;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join();
    sample();
  }
}
