package com.storefront.qa.worker;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;

/**
 * Real Kafka clients whose producer can be told to crash inside its next transaction: after the
 * results and offsets were sent and flushed, before the commit. The loop fails there exactly as a
 * worker killed at that moment would leave things (an open transaction, nothing committed).
 */
final class CrashingClients implements KafkaClients {
  /** Thrown where the crash happens. */
  static final class SimulatedCrash extends RuntimeException {
    SimulatedCrash() {
      super("simulated crash inside a transaction", null, false, false);
    }
  }

  private final AtomicBoolean crashNextCommit = new AtomicBoolean();

  /** The next commit of any producer made by these clients crashes instead. */
  void crashInsideNextTransaction() {
    crashNextCommit.set(true);
  }

  @Override
  public Consumer<String, byte[]> consumer(Properties p) {
    return new KafkaConsumer<>(p);
  }

  @Override
  public Producer<String, byte[]> producer(Properties p) {
    return new KafkaProducer<>(p) {
      @Override
      public void commitTransaction() {
        if (crashNextCommit.compareAndSet(true, false)) {
          flush();
          throw new SimulatedCrash();
        }
        super.commitTransaction();
      }
    };
  }
}
