package com.storefront.qa.worker;

import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.worker.tracing.WorkerTracing;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Writes finished results and the consumed offsets past them in one Kafka transaction, and owns the
 * transactional producer. A failed transaction is aborted (or the fenced producer replaced) and
 * reported to the caller, which rewinds to the committed offsets; several failures in a row stop
 * the worker, since they would otherwise regenerate the same requests forever.
 */
final class ResultWriter implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ResultWriter.class);
  private static final int MAX_FAILED_TRANSACTIONS_IN_A_ROW = 5;

  private final Properties producerProps;
  private final WorkerSettings settings;
  private final WorkerMetrics metrics;
  private final KafkaClients clients;
  private final WorkerTracing tracing;
  private Producer<String, byte[]> producer;
  private int failedInARow;

  /** Creates the producer and initialises its transactions. */
  ResultWriter(
      Properties clientProperties,
      WorkerSettings settings,
      WorkerMetrics metrics,
      KafkaClients clients,
      WorkerTracing tracing) {
    this.producerProps = producerProperties(clientProperties, settings);
    this.tracing = tracing;
    this.settings = settings;
    this.metrics = metrics;
    this.clients = clients;
    this.producer = newTransactionalProducer();
  }

  /** Producer settings: transactional, idempotent, acks=all. */
  static Properties producerProperties(Properties base, WorkerSettings s) {
    Properties p = new Properties();
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "qa-reply-worker-" + s.workerId() + "-producer");
    p.putAll(base);
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, s.transactionalId());
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(
        ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
        Long.toString(s.transactionTimeout().toMillis()));
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return p;
  }

  /**
   * One transaction: the results, then the offsets, then commit.
   *
   * @return true if committed; false if the transaction failed and the caller must rewind its
   *     partitions to the committed offsets
   */
  boolean write(CompletionTracker.Ready<GenerationResult> ready, ConsumerGroupMetadata group) {
    try {
      producer.beginTransaction();
      for (GenerationResult r : ready.results()) {
        producer.send(
            new ProducerRecord<>(
                settings.resultsTopic(),
                null,
                r.questionId(),
                Json.toBytes(r),
                tracing.resultHeaders(r)));
      }
      producer.sendOffsetsToTransaction(ready.offsets(), group);
      producer.commitTransaction();
      failedInARow = 0;
      tracing.written(ready.results(), true);
      metrics.transaction("committed");
      ready.results().forEach(metrics::resultWritten);
      LOG.debugf("committed %d results, offsets %s", ready.results().size(), ready.offsets());
      return true;
    } catch (ProducerFencedException
        | InvalidProducerEpochException
        | OutOfOrderSequenceException
        | AuthorizationException
        | UnsupportedVersionException e) {
      metrics.transaction("fenced");
      tracing.written(ready.results(), false);
      LOG.warnf(
          "worker %s: producer cannot continue (%s); recreating it and reprocessing from the"
              + " committed offsets",
          settings.workerId(), e.toString());
      giveUpIfFailingRepeatedly(e);
      recreateProducer();
      return false;
    } catch (KafkaException e) {
      metrics.transaction("aborted");
      tracing.written(ready.results(), false);
      LOG.warnf(
          "worker %s: result transaction failed (%s); aborting and reprocessing from the committed"
              + " offsets",
          settings.workerId(), e.toString());
      try {
        producer.abortTransaction();
      } catch (KafkaException abortFailed) {
        recreateProducer();
      }
      giveUpIfFailingRepeatedly(e);
      return false;
    }
  }

  private void giveUpIfFailingRepeatedly(KafkaException e) {
    if (++failedInARow >= MAX_FAILED_TRANSACTIONS_IN_A_ROW) {
      throw new IllegalStateException(
          failedInARow + " result transactions failed in a row; last: " + e, e);
    }
  }

  private void recreateProducer() {
    try {
      producer.close(Duration.ofSeconds(5));
    } catch (RuntimeException e) {
      LOG.debug("closing failed producer", e);
    }
    producer = newTransactionalProducer();
  }

  /** A producer with its transactions initialised; a slow coordinator gets a few tries. */
  private Producer<String, byte[]> newTransactionalProducer() {
    for (int attempt = 1; ; attempt++) {
      Producer<String, byte[]> p = clients.producer(producerProps);
      try {
        p.initTransactions();
        return p;
      } catch (TimeoutException e) {
        p.close(Duration.ZERO);
        if (attempt >= 3) {
          throw e;
        }
        LOG.warnf(
            "worker %s: initTransactions timed out (attempt %d), retrying",
            settings.workerId(), attempt);
      } catch (RuntimeException e) {
        p.close(Duration.ZERO);
        throw e;
      }
    }
  }

  /**
   * Closes at once without waiting, after the loop failed: an open transaction stays open until the
   * next producer with the same transactional id fences it or it times out.
   */
  void closeNow() {
    try {
      producer.close(Duration.ZERO);
    } catch (RuntimeException e) {
      LOG.debug("producer close", e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
