package com.storefront.qa.llm.chat;

/** Chat templates as shipped in real tokenizer_config.json files (used for tiny checkpoints). */
public final class KnownTemplates {
  private KnownTemplates() {}

  /**
   * LGAI-EXAONE/EXAONE-3.5-*-Instruct {@code chat_template}, verbatim. When the conversation does
   * not open with a system turn it emits an empty one ({@code [|system|][|endofturn|]\n}).
   */
  public static final String EXAONE_3_5 =
      "{% for message in messages %}{% if loop.first and message['role'] != 'system' %}"
          + "{{ '[|system|][|endofturn|]\\n' }}{% endif %}"
          + "{{ '[|' + message['role'] + '|]' + message['content'] }}"
          + "{% if message['role'] == 'user' %}{{ '\\n' }}{% else %}{{ '[|endofturn|]\\n' }}"
          + "{% endif %}{% endfor %}{% if add_generation_prompt %}{{ '[|assistant|]' }}{% endif %}";

  /** ChatML, as used by Qwen2 (without Qwen's tool-calling branches). */
  public static final String CHATML =
      "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + "
          + "message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"
          + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
}
