package com.storefront.qa.llm.train;

import java.util.List;

/**
 * The building blocks of one language's training examples: products and question topics for the
 * questions, and the acts an acknowledgement is made of for the replies (greeting, thanks, topic
 * restatement, deferral to staff, request for patience, closing). Nothing here states a product
 * fact or promises a date, price or outcome: that is all an acknowledgement may say.
 *
 * <p>Templates use {@code {p}} for the product name and {@code {t}} for the topic phrase.
 *
 * @param lang ISO 639-1 code, as moderation and the shop policy use it
 * @param products product names the questions mention
 * @param topics what customers ask about, each with its phrase for the reply
 * @param greetings openings (an empty string means none)
 * @param thanks thanks for the question (empty string: none)
 * @param topicLines restatements of the topic ({@code {t}}), followed by a deferral
 * @param topicDeferrals the staff will check the topic ({@code {t}}) and answer
 * @param productTopicDeferrals the same naming the product too ({@code {p}}, {@code {t}})
 * @param deferrals the product staff will check and answer (no topic named)
 * @param patience requests for a little patience (empty string: none)
 * @param closings last sentences (empty string: none)
 */
public record Phrases(
    String lang,
    List<String> products,
    List<Topic> topics,
    List<String> greetings,
    List<String> thanks,
    List<String> topicLines,
    List<String> topicDeferrals,
    List<String> productTopicDeferrals,
    List<String> deferrals,
    List<String> patience,
    List<String> closings) {

  /**
   * One thing customers ask about.
   *
   * @param phrase how a reply names it (a noun phrase)
   * @param questions question templates; {@code {p}} is the product name
   */
  public record Topic(String phrase, List<String> questions) {
    /** Shorthand for a topic with its questions. */
    public static Topic of(String phrase, String... questions) {
      return new Topic(phrase, List.of(questions));
    }
  }

  /** The four languages the shop's default policy has prompts for. */
  public static List<Phrases> all() {
    return List.of(
        KoreanPhrases.get(), EnglishPhrases.get(), JapanesePhrases.get(), ChinesePhrases.get());
  }
}
