package com.storefront.qa.moderation.acts;

/**
 * The acts of a Chinese acknowledgement. Free phrases exclude the words that make a statement
 * ("可以", "是", "支持", "一般", "建议", "不能", "有货", "已经"…), except in their question forms ("是否", "能否",
 * "还是"). A deferral is built from parts rather than listed: an optional topicalised object, a staff
 * role, adverbs, one or two check verbs with their objects, then the reply ({@link #REPLY}):
 * "财务同事会核实您的订单后与您联系", "我们会请负责同事对照实物确认后给您准确答复".
 */
final class ChineseActs {
  /**
   * One char of a free phrase: no punctuation, space or emoji (so a phrase never runs across a
   * separator into the next act) and no predicate word.
   */
  private static final String FREE_CHAR =
      "(?:(?!可以|(?<!还)是(?!否)|支持|偏[大小](?!还是)|一般|大约|左右|建议|放心|不能|不会|没有|非常|很|有货|现货|包邮|免费|已经|已[发到退补]"
          + "|肯定|一定|保证|绝对|适合(?![哪什多几吗])|合适(?![吗]|与否)|正品)[^。！？!?\\n，,、；;：:\\s\\p{So}～~]"
          // A space only inside a Latin name or model ("Mate 60 Pro").
          + "|(?<=[A-Za-z0-9]) (?=[A-Za-z0-9]))";

  /** A char of a check's object: a free char that does not start the reply ("后", "并", "再"). */
  private static final String OBJECT_CHAR = "(?:(?!后|之后|并|再|给您|与您|跟您|和您|尽快)" + FREE_CHAR + ")";

  private static String free(int max) {
    return FREE_CHAR + "{0," + max + "}";
  }

  private static String free(int min, int max) {
    return FREE_CHAR + "{" + min + "," + max + "}";
  }

  /** A staff role: an optional short modifier ("财务", "售后", "产品") and a role noun. */
  private static final String STAFF =
      "(?:我们的|本店的?|店铺的?)?(?:" + free(0, 4) + "?(?:负责人|客服|工作人员|同事|专员|人员|部门|团队|售后|店长|掌柜|小二)|我们|我)";

  /** Adverbs and helpers between the staff and the check ("会请专业同事仔细", "将第一时间"). */
  private static final String ADV =
      "(?:会|将|稍后|马上|立即|立刻|尽快|第一时间|认真|仔细|再|进一步|帮您|为您|给您|请|让|安排|及时|逐一|详细|一起|先|这边|去)";

  /** A check verb. Not "处理" (handle): "我们会尽快处理退款" is a promise, not a check. */
  private static final String CHECK =
      "(?:确认|核实|核查|核对|查看|了解|查询|询问|对照|检查|测量|查证|查一下|问一下"
          // Putting the answer together: "整理后回复您", "对比两款后".
          + "|整理|汇总|对比|比较)";

  /** The reply after the check: "后尽快给您准确答复", "并与您联系", "再回复您哦". */
  static final String REPLY =
      "(?:[，,]?(?:并|然后|再|会|将|我们|尽快|第一时间|马上|及时|稍后|在这里|在此){0,4}"
          + "(?:给您|为您|向您|与您|跟您|和您)?(?:一个)?(?:准确|详细|明确|专业|正式)?(?:的)?"
          + "(?:回复|答复|联系|反馈|通知|告知|解答|说明)(?:您)?(?:哦|的|哈|呢|呀|啦)?)";

  /** What the customer may be thanked for, alone or in pairs ("理解与支持"). */
  private static final String THANKED = "(?:咨询|提问|耐心等待|耐心|支持|关注|来信|留言|理解|配合|信任|谅解|喜爱|反馈|提醒|等待)";

  /** A concern of the customer's the staff must take care over ("过敏", "孕期", "宝宝"). */
  private static final String CONCERN =
      "(?:过敏|孕期|怀孕|孕妇|哺乳|宝宝|婴儿|儿童|孩子|小朋友|敏感肌|皮肤|健康|安全|饮食|用药|老人|宠物)";

  static final Grammar GRAMMAR =
      ChineseDeferrals.addTo(
          new Grammar()
              .add(
                  Act.GREETING,
                  "(?:您好|你好|亲爱的(?:顾客|客户|买家)?|亲亲|亲|哇哦|哇|好的|嗯嗯|收到|恭喜恭喜|恭喜您|恭喜)(?:呀|啊|哦|哈|呢|哟|鸭)?")
              // What the customer's condition does to them: "腰疼确实很影响睡眠". Never with the
              // product as subject ("这款…").
              .add(
                  Act.EMPATHY,
                  "(?!这|该|本|我们|它)"
                      + free(1, 8)
                      + "(?:确实|真的|的确)(?:很|挺|非常|会|特别)?(?:影响|困扰|折磨|难受|让人(?:头疼|担心|着急|烦恼|难受))"
                      + "(?:睡眠|生活|休息|心情|日常)?(?:的)?",
                  "确实",
                  "真的",
                  "的确")
              .add(
                  Act.THANKS,
                  "(?:非常|十分|真的)?(?:感谢|谢谢)(?:您)?(?:的)?(?:"
                      + THANKED
                      + "(?:(?:与|和|及|以及)"
                      + THANKED
                      + ")?)?",
                  "感谢",
                  "谢谢")
              // Thanks for what the customer did: "感谢您对我们绿植的关注", "感谢您为宝宝精心挑选玩具".
              .add(
                  Act.THANKS,
                  "(?:非常|十分)?(?:感谢|谢谢)您(?:(?:对|为)"
                      + free(1, 20)
                      + "(?:的(?:"
                      + THANKED
                      + "|喜爱|认可))?|(?:提供|告知|分享|补充)(?:的)?"
                      + free(1, 12)
                      + ")",
                  "感谢",
                  "谢谢")
              .add(Act.TOPIC, "关于" + free(30) + "(?:的问题|的事宜|的情况)?(?=[，,、])", "关于")
              // A topic that ends in its own noun and runs straight into the deferral:
              // "浇水频率的问题我们会…", "关于您订单的发货情况".
              .add(
                  Act.TOPIC,
                  "(?:关于)?" + free(1, 30) + "?(?:的(?:相关)?(?:问题|事宜|情况)|问题|事宜|情况)",
                  "问题",
                  "事宜",
                  "情况")
              // A topicalised object before the staff: "补货时间我们会尽快核实".
              .add(Act.TOPIC, free(1, 12) + "?(?=" + STAFF + "(?:会|将))", "会", "将")
              // The question restated: "这个问题问得好", receipt: "您的问题我们已经收到啦".
              .add(
                  Act.THANKS,
                  "(?:这个|您的)?问题问得(?:好|真好|很好|太好了)|好问题"
                      + "|(?:我们)?(?:已经|已)?收到(?:了)?您的(?:提问|问题|留言|咨询|反馈)(?:啦|了)?"
                      + "|(?:我们)?(?:都|已经|已)?(?:记下|记录下来|记录)(?:了|啦)"
                      // Receipt of what the customer asked for: "收到您取消订单的需求了".
                      + "|(?:已经)?收到(?:了)?您"
                      + free(0, 12)
                      + "的?(?:需求|请求|申请|问题|留言|反馈|咨询)(?:了|啦)?"
                      // A sign-off on its own line: "客服小美 敬上".
                      + "|[一-龥A-Za-z0-9 ]{1,15}(?:敬上|谨上)(?=\\s*(?:\\n|$))"
                      + "|您的(?:提问|问题|留言|咨询|反馈)我们(?:都|已经|已)?(?:收到|记下|记录)(?:啦|了)?"
                      // The shop or team signing on its own last line: "——小林家居客服".
                      + "|(?<![^\\n—-])[一-龥A-Za-z0-9 ]{1,12}(?:客服|客服中心|客服团队|服务团队|团队)(?:[一-龥]{1,3})?(?=\\s*$)")
              .add(
                  Act.TOPIC,
                  free(20)
                      + "(?:能否|是否|可否|能不能|可不可以|有没有|会不会|是不是|还是|哪个|哪款|哪种|什么|多少"
                      // "几个月", "几天": a question of how many, so what follows is the question's.
                      + "|几(?:个|天|岁|次|号|点|寸|米|斤|周|年|分钟|小时))[^。！？!?\\n，,、]{0,20}"
                      + "(?:的问题)?(?=[，,、])",
                  "否",
                  "不",
                  "没有",
                  "还是",
                  "哪",
                  "什么",
                  "多少",
                  "几")
              // Empathy: understanding the customer's worry, a concern that needs care, a gift.
              .add(
                  Act.EMPATHY,
                  "(?:非常|十分|完全|很|特别)?(?:能)?(?:理解|明白|体谅)您(?:(?:对|在)"
                      + free(1, 15)
                      + ")?(?:的)?(?:心情|担心|顾虑|着急|感受|担忧|关注|关心|重视|谨慎|焦急)",
                  "理解",
                  "明白",
                  "体谅")
              .add(
                  Act.EMPATHY,
                  free(0, 8)
                      + CONCERN
                      + free(0, 6)
                      + "(?:问题)?(?:是)?(?:确实|非常|十分|特别|尤其|都|最)?(?:重要(?:的)?|(?:需要|要|得)(?:特别|格外|非常|更加)?"
                      + "(?:谨慎|留意|注意|小心|慎重)(?:的)?(?:问题|事情|事)?)",
                  "重要",
                  "要",
                  "得")
              .add(
                  Act.EMPATHY,
                  "(?:这|这个问题|此事)?(?:事关|关系到|关乎|涉及到|涉及|关系着)" + free(0, 6) + CONCERN + free(0, 4),
                  "事关",
                  "关系",
                  "关乎",
                  "涉及")
              .add(
                  Act.EMPATHY,
                  "(?:是)?(?:要)?(?:给|送给|送|为)"
                      + free(1, 10)
                      // Any occasion before the gift: "母亲节礼物", "结婚纪念日的惊喜".
                      + "(?:的|准备的)(?:[一-龥]{1,5}?(?:节|日|生日|纪念))?(?:的)?(?:礼物|惊喜|礼品|心意)(?:呀|吧|啊|呢|哦)?"
                      // ...and the customer's thought complimented: "真贴心！".
                      + "|(?:真|好|太|很|特别)(?:贴心|用心|有心|暖心|细心)(?:了|啊|呀|呢)?",
                  "礼",
                  "惊喜",
                  "心意",
                  "心")
              // A question about the customer's plans, a closed class of occasions: "是要去旅行吗？".
              .add(
                  Act.EMPATHY,
                  "(?:您)?(?:是)?(?:要|准备|打算|计划|想)(?:去)?(?:旅行|旅游|出游|出差|露营|野营|搬家|出国|送人|送礼|度假|去海边|自驾)"
                      + "(?:吗|呀|呢|吧|啊)?",
                  "旅",
                  "出",
                  "营",
                  "搬家",
                  "送",
                  "度假",
                  "海边",
                  "自驾")
              // The customer's own habit restated: "了解到您平时穿42码" (figures are checked
              // against the question like every figure).
              .add(
                  Act.EMPATHY,
                  "(?:了解到|得知|知道了?|明白了?)您(?:平时|平常|通常|日常)?(?:穿|戴|用|使用)"
                      + free(1, 10)
                      // ...or the customer's own measures, listed: "了解到您身高158、体重48".
                      + "|(?:了解到|得知|知道了?)您(?:的)?(?:身高|体重|年龄|脚长|腰围|胸围|头围)[0-9A-Za-z.]{1,8}"
                      + "(?:[、，,和](?:身高|体重|年龄|脚长|腰围|胸围|头围)[0-9A-Za-z.]{1,8}){0,3}",
                  "您")
              .add(Act.APOLOGY, "(?:非常|十分|实在|真的)?(?:抱歉|不好意思|对不起)(?:让您久等了|给您带来不便了?|让您等待了|让您久等)?")
              // An apology built from parts: the cause ("给您带来不便"), then a plea or regret.
              .add(
                  Act.APOLOGY,
                  "(?:(?:给您)?带来(?:的)?(?:不便|困扰|麻烦|不好的(?:购物)?体验)(?:了)?[，,]?)?(?:(?:敬请|还请|请您|望您|望|请)(?:谅解|见谅|包涵|多多包涵)"
                      + "|(?:我们)?(?:深表|深感|十分|非常)?(?:歉意|抱歉)|(?:向您)?(?:致以|表示)(?:诚挚的|深深的)?歉意)",
                  "谅解",
                  "见谅",
                  "包涵",
                  "歉意",
                  "抱歉")
              // The cause alone, after "非常抱歉": "…给您带来不好的购物体验".
              .add(Act.APOLOGY, "(?:给您)?带来(?:的)?(?:不便|困扰|麻烦|不好的(?:购物)?体验)(?:了)?", "带来")
              // The wait itself: "回复晚了，让您久等了".
              .add(
                  Act.APOLOGY,
                  "(?:回复|答复)(?:晚了|迟了|慢了)|让您(?:久等|等待|等了这么久|着急|担心|费心|失望|操心)了?",
                  "晚",
                  "迟",
                  "慢",
                  "让您")
              .add(
                  Act.PATIENCE,
                  "请(?:您)?(?:再)?(?:稍候|稍等|耐心等待|等待)(?:片刻|一下|一会儿)?(?:哦|哈|呢)?|(?:谢谢|感谢)您的耐心(?:等待)?")
              // A wish: "祝您养护愉快", "祝宝宝健康": whatever the occasion, it ends in a wish word.
              .add(
                  Act.CLOSING,
                  "谢谢(?:您)?(?:的理解)?|祝(?:您|宝宝|您和家人|您的宝宝)"
                      + free(0, 6)
                      + "(?:愉快|顺利|开心|健康|快乐|康复|如意|平安|满意)"));

  static String staff() {
    return STAFF;
  }

  static String adv() {
    return ADV;
  }

  static String check() {
    return CHECK;
  }

  static String freeRun(int max) {
    return free(max);
  }

  /** A check's object, greedy: it ends where the reply starts. */
  static String object(int max) {
    return OBJECT_CHAR + "{0," + max + "}+";
  }

  private ChineseActs() {}
}
