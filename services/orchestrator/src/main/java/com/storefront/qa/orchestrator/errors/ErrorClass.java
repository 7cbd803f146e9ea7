package com.storefront.qa.orchestrator.errors;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.TopologyException;

/** How bad an error is, which decides whether the pipeline retries, skips or stops. */
public enum ErrorClass {
  /** Transient (a broker moving, a timeout): try again. */
  RETRIABLE,
  /** Caused by one record (too large, unserialisable): skip that record, keep going. */
  RECORD,
  /** The deployment is wrong (credentials, ACLs, config, topology): stop and be seen. */
  FATAL,
  /** Anything else. */
  UNKNOWN;

  /** Classifies an error by the first recognisable exception in its cause chain. */
  public static ErrorClass of(Throwable error) {
    int depth = 0;
    for (Throwable t = error; t != null && depth < 16; t = t.getCause(), depth++) {
      if (t instanceof RetriableException) {
        return RETRIABLE;
      }
      if (t instanceof RecordTooLargeException
          || t instanceof RecordBatchTooLargeException
          || t instanceof SerializationException) {
        return RECORD;
      }
      if (t instanceof AuthenticationException
          || t instanceof AuthorizationException
          || t instanceof UnsupportedVersionException
          || t instanceof InvalidConfigurationException
          || t instanceof ConfigException
          || t instanceof TopologyException
          || t instanceof MissingSourceTopicException) {
        return FATAL;
      }
    }
    return error instanceof KafkaException || error instanceof RuntimeException ? UNKNOWN : FATAL;
  }
}
