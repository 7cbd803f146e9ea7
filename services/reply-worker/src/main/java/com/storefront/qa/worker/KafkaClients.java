package com.storefront.qa.worker;

import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;

/**
 * Makes the loop's Kafka clients from their properties. Production uses {@link #REAL}; a test can
 * hand in clients that fail at a chosen point (a crash between sending a transaction and committing
 * it) without any hook in the loop.
 */
public interface KafkaClients {
  /** A consumer of requests (String keys, raw values). */
  Consumer<String, byte[]> consumer(Properties properties);

  /** A transactional producer of results (String keys, raw values). */
  Producer<String, byte[]> producer(Properties properties);

  /** The plain Kafka clients. */
  KafkaClients REAL =
      new KafkaClients() {
        @Override
        public Consumer<String, byte[]> consumer(Properties p) {
          return new KafkaConsumer<>(p);
        }

        @Override
        public Producer<String, byte[]> producer(Properties p) {
          return new KafkaProducer<>(p);
        }
      };
}
