package com.storefront.qa.chaos;

import com.storefront.qa.contracts.Topics;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Offers questions at a steady rate, as a shop's producer would (idempotent, acks=all, straight to
 * the cluster, not through a proxy): mostly valid ones, some duplicates of recent ones, some
 * malformed. Only records the broker acknowledged enter the {@link Ledger}.
 */
final class Offerer implements AutoCloseable {
  private final KafkaProducer<String, byte[]> producer;
  private final Ledger ledger;
  private final Random random;
  private final String runId;
  private final Deque<Offer> recent = new ArrayDeque<>();
  private final AtomicLong sequence = new AtomicLong();
  private volatile boolean stopped;

  Offerer(String bootstrap, Ledger ledger, long seed, String runId) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 180_000);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    this.producer = new KafkaProducer<>(p);
    this.ledger = ledger;
    this.random = new Random(seed);
    this.runId = runId;
  }

  /** Offers at {@code perSecond} until {@link #stop} is called. */
  void run(double perSecond) throws InterruptedException {
    long intervalNanos = (long) (1e9 / perSecond);
    long next = System.nanoTime();
    while (!stopped && !Thread.currentThread().isInterrupted()) {
      offerOne();
      next += intervalNanos;
      long sleep = next - System.nanoTime();
      if (sleep > 0) {
        Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
      }
    }
    producer.flush();
  }

  private void offerOne() {
    long n = sequence.incrementAndGet();
    int dice = random.nextInt(100);
    Offer offer;
    if (dice < 8 && !recent.isEmpty()) {
      offer = Offer.duplicate(recent.toArray(Offer[]::new)[random.nextInt(recent.size())]);
    } else if (dice < 14) {
      offer = Offer.malformed(n, random);
    } else {
      offer = Offer.valid(runId, n, random);
      recent.addLast(offer);
      if (recent.size() > 50) {
        recent.removeFirst();
      }
    }
    long at = System.currentTimeMillis();
    producer.send(
        new ProducerRecord<>(Topics.QUESTIONS, offer.key(), offer.value()),
        (meta, error) -> {
          if (error != null) {
            ledger.sendFailures.incrementAndGet();
          } else if (offer.kind() == Offer.Kind.VALID) {
            ledger.offered.put(offer.key(), at);
          } else if (offer.kind() == Offer.Kind.DUPLICATE) {
            ledger.duplicates.incrementAndGet();
          } else {
            ledger.malformed.put(offer.key(), offer.kind());
          }
        });
  }

  /** Makes {@link #run} return after the record it is offering. */
  void stop() {
    stopped = true;
  }

  @Override
  public void close() {
    producer.close();
  }
}
