package com.storefront.qa.orchestrator.dedupe;

import com.storefront.qa.orchestrator.metrics.QaMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

/**
 * Passes the first record of each key and drops the rest. Keys are remembered (with the wall-clock
 * time first seen) in a persistent store for {@code retention}; a wall-clock punctuator purges
 * older entries every {@code purgeInterval}. Because the store is changelogged and updated in the
 * same transaction as the output, a replay after a crash sees the keys the lost attempt saw.
 */
public final class Deduplicator<V> implements Processor<String, V, String, V> {
  private static final Logger LOG = Logger.getLogger(Deduplicator.class);

  private final String storeName;
  private final Duration retention;
  private final Duration purgeInterval;
  private final Clock clock;
  private final QaMetrics metrics;
  private ProcessorContext<String, V> context;
  private KeyValueStore<String, Long> seen;

  public Deduplicator(
      String storeName,
      Duration retention,
      Duration purgeInterval,
      Clock clock,
      QaMetrics metrics) {
    this.storeName = storeName;
    this.retention = retention;
    this.purgeInterval = purgeInterval;
    this.clock = clock;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, V> context) {
    this.context = context;
    this.seen = context.getStateStore(storeName);
    context.schedule(purgeInterval, PunctuationType.WALL_CLOCK_TIME, ignored -> purge());
  }

  @Override
  public void process(Record<String, V> record) {
    if (record.key() == null) {
      return;
    }
    if (seen.get(record.key()) != null) {
      metrics.duplicateDropped();
      LOG.debugf("dropped duplicate of question %s", record.key());
      return;
    }
    // Forwarded first: if the downstream processors throw, the key is not remembered, so the
    // question is not silently taken for a duplicate when it comes again.
    context.forward(record);
    seen.put(record.key(), clock.millis());
  }

  private void purge() {
    long cutoff = clock.millis() - retention.toMillis();
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, Long> all = seen.all()) {
      while (all.hasNext()) {
        KeyValue<String, Long> entry = all.next();
        if (entry.value == null || entry.value < cutoff) {
          expired.add(entry.key);
        }
      }
    }
    expired.forEach(seen::delete);
    if (!expired.isEmpty()) {
      LOG.debugf("purged %d question ids older than %s", expired.size(), retention);
    }
  }
}
