package com.storefront.qa.orchestrator.http;

import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.http.answers.AnswersFeed;
import com.storefront.qa.orchestrator.http.answers.AnswersView;
import com.storefront.qa.orchestrator.http.auth.ApiKeyStore;
import com.storefront.qa.orchestrator.http.auth.Authenticator;
import com.storefront.qa.orchestrator.http.auth.RateLimiter;
import com.storefront.qa.orchestrator.policy.PolicyResolver;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Wires the question API: keys (validated at start-up), limiter, answers view, producer. */
@ApplicationScoped
public class HttpApiBeans {
  private static final Logger LOG = Logger.getLogger(HttpApiBeans.class);

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private AnswersFeed feed;
  private QuestionSink sink;

  @Produces
  @Singleton
  ApiKeyStore apiKeys(HttpApiConfig config) {
    try {
      return ApiKeysFromConfig.load(config);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("invalid orchestrator configuration: " + e.getMessage(), e);
    }
  }

  @Produces
  @Singleton
  Authenticator authenticator(ApiKeyStore keys) {
    return new Authenticator(keys, new RateLimiter(System::nanoTime));
  }

  @Produces
  @Singleton
  AnswersView answersView(HttpApiConfig config) {
    return new AnswersView(config.answers().maxQuestions());
  }

  @Produces
  @Singleton
  QuestionIntake intake(
      AnswersView view, HttpApiConfig config, QaSettings settings, Instance<KafkaStreams> streams) {
    sink = new QuestionSink(clientProps(config, "qa-http-questions"));
    ShopDeadlines deadlines =
        new ShopDeadlines(
            streams::get,
            new PolicyResolver(settings.generationEnabledByDefault()),
            config.answerWaitMargin());
    return new QuestionIntake(view, sink, deadlines);
  }

  /** Checks the keys and starts the answers view with the application, not at first request. */
  void start(@Observes StartupEvent event, ApiKeyStore keys, AnswersView view, HttpApiConfig c) {
    if (c.answers().lookback().isNegative()) {
      throw new IllegalStateException(
          "invalid orchestrator configuration: qa.http.answers.lookback must not be negative");
    }
    feed = new AnswersFeed(clientProps(c, "qa-http-answers-view"), view, c.answers().lookback());
    Thread.ofPlatform().daemon().name("qa-http-answers-view").start(feed);
    LOG.infof(
        "question API: %d API keys, answers view from %s back",
        keys.size(), c.answers().lookback());
  }

  void stop(@Observes ShutdownEvent event) {
    if (feed != null) {
      feed.close();
    }
    if (sink != null) {
      sink.close();
    }
  }

  private Map<String, String> clientProps(HttpApiConfig config, String clientId) {
    Map<String, String> props = new HashMap<>();
    props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
    props.putAll(config.kafka());
    return props;
  }
}
