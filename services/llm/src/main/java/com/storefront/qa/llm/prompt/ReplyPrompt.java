package com.storefront.qa.llm.prompt;

import com.storefront.qa.llm.api.ChatMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles the conversation the model sees for one storefront question: the shop's system prompt
 * with the product (and the shop's name, where the policy gives one), earlier turns of the
 * question's thread, and the question. Every piece of shop or customer text goes through {@link
 * TurnGuard}, so none of it can open a chat-template turn.
 *
 * <p>The system prompt decides where the product goes: {@code {productName}} and {@code {shopName}}
 * placeholders are filled in where they stand; a prompt without them gets a short context block
 * appended ({@code Product: …} and {@code Shop: …} lines).
 */
public final class ReplyPrompt {
  /** Version of this assembly, recorded with every result (bump it when the layout changes). */
  public static final String VERSION = "qa-prompt-2";

  public static final String PRODUCT_PLACEHOLDER = "{productName}";
  public static final String SHOP_PLACEHOLDER = "{shopName}";

  /** One earlier exchange of the thread: the question and, if one was published, its answer. */
  public record Turn(String question, String answer) {}

  private ReplyPrompt() {}

  /**
   * The system prompt with the product and shop put in.
   *
   * @param systemPrompt the shop's system prompt (trusted shop configuration; null = none)
   * @param productName the product's name (untrusted; null or blank = unknown)
   * @param shopName the shop's display name (null or blank = none)
   * @return the system text, or null when there is neither a prompt nor anything to add
   */
  public static String system(String systemPrompt, String productName, String shopName) {
    String product = clean(productName);
    String shop = clean(shopName);
    String base = systemPrompt == null ? "" : systemPrompt;
    boolean placedProduct = base.contains(PRODUCT_PLACEHOLDER);
    boolean placedShop = base.contains(SHOP_PLACEHOLDER);
    String s = base.replace(PRODUCT_PLACEHOLDER, product == null ? "" : product);
    s = s.replace(SHOP_PLACEHOLDER, shop == null ? "" : shop);
    StringBuilder context = new StringBuilder();
    if (shop != null && !placedShop) {
      context.append("Shop: ").append(shop).append('\n');
    }
    if (product != null && !placedProduct) {
      context.append("Product: ").append(product).append('\n');
    }
    if (context.isEmpty()) {
      return systemPrompt == null ? null : s;
    }
    String block = context.substring(0, context.length() - 1);
    return s.isBlank() ? block : s.stripTrailing() + "\n\n" + block;
  }

  /**
   * The whole conversation: system (when there is one), the thread's earlier turns oldest first
   * (user, then assistant when it was answered), then the question.
   */
  public static List<ChatMessage> messages(
      String systemPrompt,
      String productName,
      String shopName,
      List<Turn> history,
      String userMessage) {
    List<ChatMessage> out = new ArrayList<>();
    String system = system(systemPrompt, productName, shopName);
    if (system != null) {
      out.add(new ChatMessage("system", system));
    }
    for (Turn t : history == null ? List.<Turn>of() : history) {
      if (t.question() == null || t.question().isBlank()) {
        continue;
      }
      out.add(new ChatMessage("user", TurnGuard.neutralise(t.question())));
      if (t.answer() != null && !t.answer().isBlank()) {
        out.add(new ChatMessage("assistant", TurnGuard.neutralise(t.answer())));
      }
    }
    out.add(new ChatMessage("user", TurnGuard.neutralise(userMessage)));
    return out;
  }

  private static String clean(String untrusted) {
    if (untrusted == null || untrusted.isBlank()) {
      return null;
    }
    // one line: a newline in a product name must not start a line of its own in the prompt
    return TurnGuard.neutralise(untrusted.strip().replaceAll("\\s*[\\r\\n]+\\s*", " "));
  }
}
