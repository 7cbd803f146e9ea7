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

  private static final String STAFF = "(?:我们的)?(?:商品|产品)?(?:负责人|客服|工作人员|同事|专员|我们)";

  private static final String REPLY =
      "(?:[，,]?(?:会|将)?(?:尽快|第一时间|马上|及时)?(?:给您|为您|向您)?(?:准确的|详细的)?(?:回复|答复|联系|反馈)(?:您)?(?:哦|的)?)";

  static final Grammar GRAMMAR =
      new Grammar()
          .add(Act.GREETING, "您好|你好|亲爱的(?:顾客|客户|买家)?|亲")
          .add(Act.THANKS, "(?:非常|十分)?(?:感谢|谢谢)(?:您)?(?:的)?(?:咨询|提问|耐心等待|耐心|支持|关注|来信|留言)?")
          .add(Act.TOPIC, "关于" + free(30) + "(?:的问题)?(?=[，,、])")
          .add(
              Act.TOPIC,
              free(20) + "(?:能否|是否|可否|能不能|可不可以|有没有|会不会)" + free(20) + "(?:的问题)?(?=[，,、])")
          .add(
              Act.DEFERRAL,
              free(30) + "需要(?:我们的)?(?:商品|产品)?(?:负责人|客服|工作人员|同事)(?:进一步)?(?:确认|核实|查看)" + "(?:一下)?")
          .add(
              Act.DEFERRAL,
              STAFF + "(?:会|将|稍后)?" + free(12) + "(?:确认|核实|查看|了解)(?:后|之后|清楚后|一下)?" + REPLY + "?")
          .add(Act.DEFERRAL, "(?:确认|核实)(?:后|之后)" + REPLY)
          .add(Act.DEFERRAL, "(?:我们)?(?:会|将)(?:尽快|第一时间)" + REPLY)
          .add(Act.PATIENCE, "请(?:您)?(?:稍候|稍等|耐心等待)(?:哦|一下)?|谢谢您的耐心(?:等待)?")
          .add(Act.CLOSING, "谢谢|祝您(?:购物愉快|生活愉快)");

  private ChineseActs() {}
}
