package com.storefront.qa.moderation.acts;

/**
 * The acts of a Chinese acknowledgement. Free phrases exclude the words that make a statement
 * ("可以", "是", "支持", "一般", "建议", "不能"…), except in their question forms ("是否", "能否").
 */
final class ChineseActs {
  private static final String FREE_CHAR =
      "(?:(?!可以|是(?!否)|支持|偏[大小]|一般|大约|左右|建议|放心|不能|不会|没有|非常|很)[^。！？!?\\n，,、])";

  private static String free(int max) {
    return FREE_CHAR + "{0," + max + "}";
  }

  private static final String STAFF =
      "(?:我们的)?(?:负责的|专业的|售后)?(?:商品|产品)?(?:负责人|客服|工作人员|同事|专员|我们|售后同事|售后)";

  private static final String REPLY =
      "(?:[，,]?(?:并)?(?:我们)?(?:会|将|再)?(?:尽快|第一时间|马上|及时|稍后)?(?:在这里|在此)?(?:给您|为您|向您|与您|跟您)?"
          + "(?:准确的|详细的)?(?:回复|答复|联系|反馈|通知|告知|解答)(?:您)?(?:哦|的|哈|呢)?)";

  static final Grammar GRAMMAR =
      new Grammar()
          .add(Act.GREETING, "您好|你好|亲爱的(?:顾客|客户|买家)?|亲亲|亲")
          .add(Act.THANKS, "(?:非常|十分)?(?:感谢|谢谢)(?:您)?(?:的)?(?:咨询|提问|耐心等待|耐心|支持|关注|来信|留言)?")
          .add(Act.TOPIC, "关于" + free(30) + "(?:的问题)?(?=[，,、])")
          // The question restated: "这个问题问得好", receipt: "您的问题我们已经收到啦".
          .add(
              Act.THANKS,
              "(?:这个|您的)?问题问得(?:好|真好|很好|太好了)|好问题"
                  + "|(?:已经)?收到(?:了)?您的(?:提问|问题|留言|咨询)(?:啦|了)?"
                  + "|您的(?:提问|问题|留言|咨询)我们(?:已经)?收到(?:啦|了)")
          .add(
              Act.TOPIC,
              free(20) + "(?:能否|是否|可否|能不能|可不可以|有没有|会不会|是不是)[^。！？!?\\n，,、]{0,20}(?:的问题)?(?=[，,、])")
          .add(
              Act.DEFERRAL,
              free(30)
                  + "需要(?:跟|和|向|与|请)?(?:我们的)?(?:[一-龥]{1,4}?)?(?:负责人|客服|工作人员|同事|专员|部门)?(?:进一步)?"
                  + "(?:确认|核实|查看|核查)(?:一下)?")
          .add(
              Act.DEFERRAL,
              "(?:我们)?(?:会|将|稍后)?(?:请|让|安排)?"
                  + STAFF
                  + "(?:会|将|稍后)?(?:请|让)?(?:为您|帮您|给您)?"
                  + free(12)
                  + "(?:确认|核实|核查|查看|了解|查询|询问)(?:清楚)?(?:后|之后|一下|再)?"
                  + REPLY
                  + "?")
          .add(Act.DEFERRAL, "(?:确认|核实)(?:后|之后)" + REPLY)
          .add(Act.DEFERRAL, "(?:我们)?(?:会|将)(?:尽快|第一时间)" + REPLY)
          .add(Act.DEFERRAL, "(?:稍后|随后|之后)" + REPLY)
          .add(Act.APOLOGY, "(?:非常|十分|实在|真的)?(?:抱歉|不好意思|对不起)(?:让您久等了|给您带来不便了?|让您等待了|让您久等)?")
          .add(Act.PATIENCE, "请(?:您)?(?:再)?(?:稍候|稍等|耐心等待)(?:片刻|一下)?(?:哦|哈|呢)?|(?:谢谢|感谢)您的耐心(?:等待)?")
          .add(Act.CLOSING, "谢谢(?:您)?(?:的理解)?|祝您(?:购物愉快|生活愉快|一切顺利|心情愉快)");

  private ChineseActs() {}
}
