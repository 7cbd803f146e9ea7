package com.storefront.qa.moderation.acts;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.moderation.Moderator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The acts widened on test set 4 (fourth round): restating what the customer said ("thanks for
 * sharing that you usually wear…", "sorry to hear your box arrived damaged"), what matters to the
 * customer, "X is something our team will check", why staff check first, thanks for kind words; and
 * in Korean, sneering jamo and the honorific auxiliary after 물어봐. Each widened act must still
 * refuse a fact inside it. Rows are {@code language|question|reply}.
 */
class FourthRoundActsTest {
  private static final Moderator MODERATOR = new Moderator();

  private static Verdict verdict(String lang, String question, String reply) {
    return MODERATOR.checkReply(question, reply, lang, null, null).verdict();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Do these run large? I normally take a 9.|Thanks for mentioning that you normally take a 9."
            + " Our team will check the sizing and get back to you.",
        "en|My parcel came wet, help?|So sorry to hear your parcel came wet. Our team will look into"
            + " it and contact you shortly.",
        "en|Is this pillow ok for a toddler?|Sleep safety for toddlers is really important. Our team"
            + " will review the details and get back to you.",
        "en|Does it work with a Pixel 8?|Compatibility with the Pixel 8 is something our support team"
            + " will confirm, so you get an accurate answer.",
        "en|Love the colour, is it cotton?|Thank you for the kind words! Our team will check the"
            + " fabric and reply soon.",
        "ko|이 드론 5cm 턱 넘어요?|와, 세심하게 물어봐 주셨네요! 담당자가 확인 후 안내드리겠습니다."
      })
  void widenedActsPublish(String lang, String question, String reply) {
    assertThat(verdict(lang, question, reply)).as(reply).isEqualTo(Verdict.PUBLISH);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // A fact or promise inside the restated customer clause.
        "en|Is size 9 available?|Thanks for mentioning that your size is sold out. Our team will"
            + " check and get back to you.",
        "en|Where is my parcel?|Sorry to hear your parcel will arrive next week. Our team will check.",
        "en|Where is my parcel?|Sorry to hear that, it ships tomorrow. Our team will check.",
        // Importance stated about the product, or with a property in it.
        "en|Is this pillow ok for a toddler?|This pillow is really important for toddlers. Our team"
            + " will check.",
        "en|Is this pillow ok for a toddler?|Safety for toddlers is really important, and this"
            + " pillow is safe.",
        // A claim after the staff-check frame or the purpose clause.
        "en|Does it work with a Pixel 8?|Compatibility is something our team will confirm, but it"
            + " works with the Pixel 8.",
        "en|Does it work with a Pixel 8?|Our team will confirm so you get an accurate answer: yes,"
            + " it works.",
        "en|Love the colour, is it cotton?|Thank you for the kind words, it is 100% cotton.",
        // Sneering jamo and 반말 stay rude.
        "ko|품절이에요?|ㅉㅉ 품절 여부는 담당자가 확인해 드릴게요.",
        "ko|품절이에요?|ㅡㅡ 담당자가 확인 후 안내드리겠습니다.",
        "ko|품절이에요?|그냥 상세페이지 물어봐. 담당자가 확인 후 안내드리겠습니다."
      })
  void factsInsideStillHold(String lang, String question, String reply) {
    assertThat(verdict(lang, question, reply)).as(reply).isEqualTo(Verdict.HOLD);
  }
}
