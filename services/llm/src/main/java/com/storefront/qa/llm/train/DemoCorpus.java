package com.storefront.qa.llm.train;

import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.moderation.InputCheck;
import com.storefront.qa.moderation.Moderator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the demo model's training examples from {@link Phrases}: a product question in one of
 * four languages, the shop's default system prompt for that language (the prompt the production
 * model gets), and an acknowledgement assembled from greeting, thanks, topic restatement, deferral,
 * patience and closing. Every reply goes through output moderation exactly as a model reply would,
 * and only the ones it would publish are kept.
 */
public final class DemoCorpus {
  /**
   * One training example.
   *
   * @param lang ISO 639-1 code
   * @param system the system prompt
   * @param question the question as input moderation masked it (what the model sees)
   * @param reply the acknowledgement
   */
  public record Example(String lang, String system, String question, String reply) {}

  /**
   * The examples and how many generated replies moderation refused.
   *
   * @param examples distinct examples that moderation would publish
   * @param dropped generated examples moderation would hold (not kept)
   */
  public record Result(List<Example> examples, int dropped) {}

  private DemoCorpus() {}

  /** Generates up to {@code n} distinct examples, the same ones for the same seed. */
  public static Result generate(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    Moderator moderator = new Moderator();
    List<Phrases> langs = Phrases.all();
    LinkedHashSet<Example> out = new LinkedHashSet<>();
    int dropped = 0;
    for (int attempts = 0; out.size() < n && attempts < n * 4; attempts++) {
      Phrases p = langs.get(attempts % langs.size());
      Example e = example(p, r);
      InputCheck in = moderator.checkQuestion(e.question(), p.lang(), null);
      Example masked = new Example(e.lang(), e.system(), in.maskedText(), e.reply());
      if (in.verdict() != Verdict.PUBLISH
          || moderator.checkReply(masked.question(), masked.reply(), p.lang(), null, null).verdict()
              != Verdict.PUBLISH) {
        dropped++;
        continue;
      }
      out.add(masked);
    }
    return new Result(List.copyOf(out), dropped);
  }

  static Example example(Phrases p, SplittableRandom r) {
    Phrases.Topic topic = pick(p.topics(), r);
    String product = pick(p.products(), r);
    String question = pick(topic.questions(), r).replace("{p}", product);
    boolean namesProduct = question.contains(product);
    // the styles real models use: topic and deferral in one sentence, a restatement then a
    // deferral, or a deferral that names no topic
    List<String> core = new ArrayList<>();
    double u = r.nextDouble();
    if (u < 0.5) {
      core.add(
          namesProduct && r.nextDouble() < 0.3
              ? pick(p.productTopicDeferrals(), r)
              : pick(p.topicDeferrals(), r));
    } else if (u < 0.75) {
      core.add(pick(p.topicLines(), r));
      core.add(pick(p.deferrals(), r));
    } else {
      core.add(pick(p.deferrals(), r));
    }
    List<String> parts = new ArrayList<>();
    parts.add(pick(p.greetings(), r));
    parts.add(pick(p.thanks(), r));
    for (String c : core) {
      parts.add(c.replace("{p}", product).replace("{t}", topic.phrase()));
    }
    parts.add(pick(p.patience(), r));
    parts.add(pick(p.closings(), r));
    parts.removeIf(String::isEmpty);
    String sep = p.lang().equals("ja") || p.lang().equals("zh") ? "" : " ";
    String reply = String.join(sep, parts);
    return new Example(p.lang(), DefaultPolicy.SYSTEM_PROMPTS.get(p.lang()), question, reply);
  }

  private static <T> T pick(List<T> items, SplittableRandom r) {
    return items.get(r.nextInt(items.size()));
  }
}
