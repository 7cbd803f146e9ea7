package com.storefront.qa.moderation.acts;

/**
 * Chinese deferrals, built from parts ({@link ChineseActs}' staff, adverbs, check verbs and reply)
 * so that new combinations need no new phrase: a staff role, adverbs, one or two checks each with
 * an optional object, an optional "后/之后/并/再", the reply. The objects are free phrases, so a
 * predicate inside one ("核实可以机洗后") is not a deferral.
 */
final class ChineseDeferrals {
  /**
   * A deferral with a check needs one of these in the sentence (the recogniser skips it elsewhere).
   */
  private static final String[] CHECK_WORDS = {
    "确认", "核实", "核查", "核对", "查看", "了解", "查询", "询问", "对照", "检查", "测量", "查证", "查一下", "问一下", "整理",
    "汇总", "对比", "比较"
  };

  /** Adds this family's acts to {@code g}. */
  static Grammar addTo(Grammar g) {
    String checks =
        "(?:"
            + ChineseActs.check()
            + "(?:一下)?"
            + ChineseActs.object(12)
            + "(?:清楚)?){1,2}(?:后|之后|以后|完|好)?";
    return g.add(
            Act.DEFERRAL,
            ChineseActs.freeRun(30)
                + "需要(?:跟|和|向|与|请)?(?:我们的)?(?:[一-龥]{1,4}?)?(?:负责人|客服|工作人员|同事|专员|部门)?(?:进一步)?"
                + "(?:确认|核实|查看|核查|核对)(?:一下)?",
            "需要")
        .add(
            Act.DEFERRAL,
            "(?:"
                + ChineseActs.adv()
                + "){0,4}"
                + ChineseActs.staff()
                + "(?:"
                + ChineseActs.adv()
                + "|"
                + ChineseActs.staff()
                + "){0,6}"
                + ChineseActs.freeRun(8)
                + "?"
                + checks
                + ChineseActs.REPLY
                + "?",
            CHECK_WORDS)
        .add(Act.DEFERRAL, checks + ChineseActs.REPLY, CHECK_WORDS)
        .add(Act.DEFERRAL, "(?:我们)?(?:会|将)(?:尽快|第一时间)" + ChineseActs.REPLY)
        .add(Act.DEFERRAL, "(?:稍后|随后|之后)" + ChineseActs.REPLY)
        // Forwarding to the staff: "我们会转达给相关负责人", "已将您的问题反馈给售后同事".
        .add(
            Act.DEFERRAL,
            "(?:我们|我)?(?:会|将|已|已经|这边)?(?:把|将)?(?:您的)?(?:问题|情况|需求|咨询|留言)?(?:转达|转交|反馈|转告|提交|转给)"
                + "(?:给)?(?:相关的?|专门的?)?"
                + ChineseActs.staff()
                + "(?:了|啦)?",
            "转",
            "反馈",
            "提交");
  }

  private ChineseDeferrals() {}
}
