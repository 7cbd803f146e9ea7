package com.storefront.qa.moderation.acts;

/**
 * The acts of an English acknowledgement, over ASCII-folded text. Free words (the subject of
 * "whether…", the object of "check…") stop at commas and at words that start a statement of their
 * own ("but", "so", "because", "usually", "customers"), so "Our team will check, but it fits" is a
 * deferral followed by an unrecognised clause.
 */
final class EnglishActs {
  private static final String STOP =
      "(?!(?:but|so|because|since|although|though|usually|typically|approximately|roughly"
          + "|generally|normally|customers?|reviewers?|buyers?|shoppers?|elsewhere|another"
          + "|about [0-9]|around [0-9]|up to [0-9]|over [0-9])\\b)";

  /** A word: possessive, so a failed match never retries it at shorter lengths. */
  private static final String WORD = STOP + "[^\\s.!?,;:—–]{1,25}+";

  /**
   * Outside an embedded question, a verb of state makes a statement: "confirm whether the lid is
   * safe" names the subject, "confirm the lid is safe" asserts it.
   */
  private static final String PREDICATE =
      "(?:is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't|does|doesn't|do|don't|did|didn't"
          + "|can|can't|cannot|could|couldn't|will|won't|would|should|has|hasn't|have|haven't|had"
          + "|it's|they're|that's|there's|fits?|works?|supports?|includes?|contains?|comes?|holds?"
          + "|lasts?|runs?|ships?|arrives?|needs?|requires?|keeps?|stays?|takes?|uses?|weighs?"
          + "|measures?|offers?|provides?|features?|means?|checked|confirmed|verified|said|says)\\b";

  private static final String CLAUSE_OPEN =
      "(?:whether|if|how|what|when|which|where|who|why)(?:'s|'re)?\\b";

  private static final String NP_WORD = "(?!" + PREDICATE + "|" + CLAUSE_OPEN + ")" + WORD;

  /** An embedded question: "whether the lid is dishwasher safe". */
  private static final String CLAUSE = CLAUSE_OPEN + "(?:\\s{1,3}" + WORD + "){1,20}";

  /** Up to {@code n} words then one more: a free phrase of 1..n+1 words. */
  private static String free(int n) {
    return "(?:" + WORD + "\\s{1,3}){0," + n + "}" + WORD;
  }

  /** A noun phrase of up to n+1 words, possibly ending in an embedded question. */
  private static String np(int n) {
    return "(?:"
        + CLAUSE
        + "|"
        + NP_WORD
        + "(?:\\s{1,3}"
        + NP_WORD
        + "){0,"
        + n
        + "}(?:\\s{1,3}"
        + CLAUSE
        + ")?)";
  }

  private static final String STAFF =
      "(?:(?:our|the) (?:product |customer |support |sales |care )?(?:team|staff|specialists?|experts?"
          + "|colleagues?|team members?|customer (?:service|support|care) team|support team)"
          + "|we|i|they|someone (?:from|on|in) (?:our|the) (?:product |support )?(?:team|staff)"
          + "|(?:a|one) (?:member|of our (?:specialists|team members|staff))(?: of (?:our |the )?(?:product |support )?(?:staff|team))?"
          + "|a (?:staff member|product specialist)"
          + "|a (?:team member|specialist|member of our (?:product )?team)|our product (?:specialist|staff|expert)s?)";

  private static final String MODAL =
      "(?:will|'ll|are going to|is going to|would like to|'d like to|can|will be happy to|are happy to"
          + "|is|are|'re|'s)";

  private static final String VERB =
      "(?:(?:double-)?check(?:s|ing)?|confirm(?:s|ing)?|verify|verifying|look(?:s|ing)? into"
          + "|review(?:s|ing)?"
          + "|find\\w{0,3} out|get\\w{0,4} back to you|reply|respond|follow\\w{0,3} up|let you know"
          + "|update you|be in touch|pass\\w{0,3} (?:this|it|your question) (?:along|on)|reach out"
          + "|investigat\\w{0,3}|ask\\w{0,3}|answer(?:s|ing)?|look\\w{0,3} at|get you an answer|send you|share|research"
          + "|contact(?:s|ing)?|reach you|e-?mail you|message you|write back|come back to you|circle back"
          + "|keep you posted|post\\w{0,3}|dig\\w{0,4} into|compar\\w{1,3}|measur\\w{1,3}|forward\\w{0,2}|flag\\w{0,4}"
          + "|get\\w{0,4} (?:an answer|the details|that info\\w{0,7}))\\b";

  /** The rest of a deferral: objects, whether-clauses, "and get back to you shortly". */
  private static final String REST =
      "(?:\\s{1,3}(?:"
          + VERB
          + "|(?:will|'ll|can|would) "
          + VERB
          + "|as soon as (?:possible|[a-z']{1,12}(?: [a-z']{1,12}){0,3})|"
          + CLAUSE
          + "|"
          + NP_WORD
          + ")){0,20}";

  private static final String THANKS_FOR =
      " for (?:(?:your|the|this) (?:[a-z]{1,15} ){0,2}(?:question|inquiry|enquiry|message|interest|note"
          + "|request)(?: (?:about|in|on|regarding) "
          + np(8)
          + ")?|asking(?: about "
          + np(8)
          + "| (?:whether|if) "
          + free(14)
          + "| such an? (?:great|good|thoughtful) question| this)?|reaching out|contacting us"
          + "|getting in touch|checking with us|taking the time to ask|shopping with us"
          + "|letting us know|the heads-up|flagging this|your understanding|your feedback|your patience"
          + "|bearing with us|(?:considering|choosing|trusting) (?:us|this|our \\w{1,15})(?: for "
          + np(5)
          + ")?)";

  static final Grammar GRAMMAR =
      new Grammar()
          .add(
              Act.GREETING,
              "(?:hi|hello|hey|greetings|good (?:morning|afternoon|evening)|dear (?:customer|shopper))"
                  + "(?: there| again| friend)?\\b")
          .add(
              Act.GREETING,
              "(?:oh|ooh|ah|ahh|aha|wow|aw|brr|yay|haha|hehe|lol|sure|of course|certainly|okay|ok|hmm|nice|great|awesome"
                  + "|lovely)"
                  + "(?=[\\s,!.—-]|$)")
          .add(
              Act.THANKS,
              "(?:thank you|thanks)(?: so much| very much| kindly| a lot)?(?:"
                  + THANKS_FOR
                  + ")?\\b")
          .add(
              Act.THANKS,
              "(?:(?:what|such) an? |the )?(?:(?:really|very|super|totally) )?(?:great|good|excellent|awesome|nice|fair"
                  + "|lovely|thoughtful|smart|important|big|classic|common|popular|key|sweet|wonderful|fun|cool|cute"
                  + "|kind|exciting|reasonable)(?: [a-z\\-]{1,20})?"
                  + " (?:question|q|one|catch|point|idea|thinking|gift(?: idea)?|plan|choice|thing to ask|thing to check|trip"
                  + "|surprise|present|occasion|adventure)(?: to (?:ask|check|wonder about))?\\b"
                  + "(?: before (?:buying|ordering|you buy|you order|purchasing))?"
                  + "(?:,? especially (?:for|if|when|with) (?:[a-z'-]{1,15} ){0,4}[a-z'-]{1,15})?"
                  + "|(?:that's|that is|this is|it's) (?:a |an )?(?:really |very |totally |super )?(?:great|good|excellent"
                  + "|thoughtful|fair|important|lovely|sweet|wonderful|reasonable) (?:question|thing to check|point|gift(?: idea)?|idea|plan"
                  + "|thing to ask)(?: to ask)?\\b(?:,? especially (?:for|if|when|with) (?:[a-z'-]{1,15} ){0,4}[a-z'-]{1,15})?"
                  + "|(?:how|so) (?:exciting|fun|lovely|wonderful|nice|thoughtful|sweet|cool)\\b"
                  + "|(?:sounds )?(?:exciting|fun|wonderful)\\b"
                  + "|love that you(?:'re| are) asking\\b"
                  + "|(?:a |an )?(?:great|good|smart|wise|important) (?:thing|idea) to (?:check|ask)"
                  + "(?: before (?:buying|ordering|you buy|you order))?")
          .add(
              Act.TOPIC,
              "(?:regarding|about|as for|concerning|re:?|on the question of|as to) " + np(16))
          .add(
              Act.EMPATHY,
              "(?:(?:i|we) (?:completely |totally |fully |really )?understand(?: (?:that )?(?:you|you're|you'd|you've) "
                  + free(12)
                  + "| "
                  + np(12)
                  + ")?"
                  + "|that's (?:completely |totally )?understandable|(?:i |we )?(?:totally |completely )?get it"
                  + "|we hear you|(?:[a-z]{1,15} ){0,2}(?:matters|is important)(?: to you| here)?"
                  + "|(?:this|that|it) is something (?:we|our team) (?:need|needs|will need|'ll need|want) to "
                  + VERB
                  + "\\b"
                  + REST
                  + "|you(?:'re| are) (?:wondering|asking|curious)(?: about| whether| if| how| what| which| when) "
                  + free(14)
                  + "|you'd like to know (?:whether|if|what|how|about|more about) "
                  + free(14)
                  + ")")
          .add(
              Act.DEFERRAL,
              STAFF
                  + " ?"
                  + MODAL
                  + "? ?(?:(?:also|quickly|carefully|personally|gladly|happily|now|still|currently) )?"
                  + "(?:(?:have|get) "
                  + STAFF
                  + " )?"
                  + VERB
                  + "\\b"
                  + REST)
          .add(Act.DEFERRAL, "let (?:me|us) (?:(?:have|get) " + STAFF + " )?" + VERB + "\\b" + REST)
          .add(
              Act.DEFERRAL,
              STAFF
                  + " ?(?:needs?|will need|may need|'ll need) (?:a little |some |a bit of )?(?:more )?time"
                  + " to "
                  + VERB
                  + "\\b"
                  + REST)
          .add(Act.DEFERRAL, "(?:we|i) ?(?:will |'ll )?(?:need|have) to " + VERB + "\\b" + REST)
          .add(
              Act.DEFERRAL,
              "(?:(?:we|i)(?: want| would like|'d like) to |(?:we|i)(?:'d| would) rather |(?:just )?to )"
                  + "(?:make sure|ensure|give you|get you|provide)"
                  + REST)
          .add(
              Act.PATIENCE,
              "(?:thank you|thanks)(?: so much| very much| again)? for (?:your patience|waiting)(?: and understanding)?"
                  + "|(?:we |i )?(?:really |truly )?appreciate (?:you(?:r)? )?(?:patience|understanding|interest"
                  + "|question|taking (?:the time|care) to ask|asking|reaching out)"
                  + "|please (?:bear with us|wait|be patient|allow us (?:a little|some) time)")
          .add(
              Act.APOLOGY,
              "(?:(?:we(?:'re| are)|i(?:'m| am)) )?(?:(?:so|really|very|truly|terribly) )?sorry(?: (?:for|about)"
                  + " (?:the wait|the delay|keeping you waiting|any inconvenience|the late reply|that))?"
                  + "|(?:we |i )?apologi[sz]e for (?:the (?:wait|delay)|any inconvenience|keeping you waiting)"
                  + "|sorry to hear (?:that|about "
                  + np(6)
                  + ")")
          .add(
              Act.REFERRAL,
              "(?:(?:if (?:it's|it is) urgent|if you need (?:it|an answer) (?:sooner|faster|urgently)"
                  + "|in the meantime|(?:for|in case of|should you need) [a-z' ]{1,30}),? )?you(?:'re| are)? (?:can )?(?:also )?(?:welcome to )?(?:always )?"
                  + "(?:contact|reach out to|reach|call|message|email) (?:our )?(?:customer (?:service|support"
                  + "|care)(?: team)?|support team|team|us)(?: directly)?(?: in the meantime| anytime"
                  + "| at any time)?(?: (?:through|via|on|using|from) "
                  + np(4)
                  + ")?")
          .add(
              Act.CLOSING,
              "(?:have|enjoy) a (?:great|nice|wonderful|lovely|good) (?:day|week|weekend|evening)"
                  + "|(?:best|kind|warm) regards|cheers|happy shopping"
                  + "|(?:we )?look forward to (?:helping|assisting|hearing from) you"
                  + "|(?:please )?(?:let us know|feel free to (?:ask|reach out|contact us)) if you have"
                  + " (?:any )?(?:other|more|further) questions")
          .add(
              Act.DEFERRAL,
              free(3)
                  + " (?:can|may|might|could|will) (?:vary|differ|depend on "
                  + np(6)
                  + "|be (?:tricky|hard to (?:tell|judge)|confusing)|feel different|look (?:a bit |a little )?different)"
                  + "(?: from (?:person to person|one person to another|screen to screen)| for everyone| by (?:person|body type)"
                  + "| (?:on|across) (?:every|different|each|your) (?:screens?|monitors?|devices?))?")
          .add(
              Act.DEFERRAL,
              np(4)
                  + " (?:deserves?|needs?|requires?) (?:an? )?(?:accurate|careful|correct|proper|clear)"
                  + " (?:answer|check|information|reply)")
          .add(
              Act.DEFERRAL,
              STAFF
                  + " ?(?:'ve|have|has) (?:already )?(?:passed|forwarded|sent|shared|handed) "
                  + "(?:your (?:question|message|inquiry|request)|this|it)(?: on| along| over)?"
                  + " to (?:our|the) (?:product |support |customer )?(?:team|staff|specialists?|department)"
                  + "|your (?:question|message|inquiry|request) (?:has been|was|is being) (?:passed on|passed along"
                  + "|forwarded|sent|shared|handed over) to (?:our|the) (?:product |support |customer )?"
                  + "(?:team|staff|specialists?|department)"
                  + "(?: (?:who|that) (?:handles?|manages?|looks after|knows) "
                  + np(4)
                  + ")?")
          .add(
              Act.CLOSING,
              "(?:please )?let us know if (?:there's|there is) anything else (?:we can help (?:you )?with"
                  + "|you need|we can do)")
          .add(
              Act.DEFERRAL,
              "(?:we|i)(?:'d| would) (?:like|love|want) " + STAFF + " to " + VERB + "\\b" + REST)
          // Why the staff answer: a wrong answer must not be given, or the speaker cannot say yet.
          .add(
              Act.DEFERRAL,
              "(?:we|i) (?:don't|do not|wouldn't|would not|never) want to (?:give|tell|send|share with) you"
                  + " (?:a |an |the |any )?(?:wrong|incorrect|inaccurate|misleading|bad) (?:answer|information|info|details)"
                  + "|(?:i|we)(?:'d| would) hate to (?:give|tell|send) you (?:a |the |any )?(?:wrong|incorrect"
                  + "|inaccurate) (?:answer|information|info|details)"
                  + "|(?:we|i) (?:want|'d like|would like|need) to (?:be sure|make sure|be certain|get (?:it|this) right)"
                  + "(?: before (?:we|i) (?:answer|reply|respond))?"
                  + "|(?:we|i)(?:'d| would) rather (?:confirm|check|verify) than guess"
                  + "|(?:i|we) (?:can't|cannot|can not|am not able to|'m not able to|'m unable to|are unable to"
                  + "|'re unable to|'re not able to) (?:confirm|say|answer|tell you|verify)"
                  + "(?: (?:that|this|it|for sure|yet|right now|at the moment|just yet|offhand))*")
          // "The cable length is one of those details we'd rather confirm than guess."
          .add(
              Act.DEFERRAL,
              np(6)
                  + " is (?:something|one of those (?:things|details|questions)|a detail|a question)(?: that)? "
                  + "(?:we|i|our team|our staff|our (?:product )?team)(?: will| would|'ll|'d)? ?"
                  + "(?:needs? to|want to|wants to|rather|would rather|'d rather|have to|has to) "
                  + VERB
                  + REST
                  + "(?: rather than guess| than guess)?")
          // Receipt of the question, and what happens next.
          .add(
              Act.DEFERRAL,
              "(?:we(?:'ve| have)|i(?:'ve| have)) (?:received|got|noted|logged|seen) (?:your|the) (?:question|message"
                  + "|inquiry|enquiry|request)(?: (?:logged|noted|down))?(?: (?:about|on|regarding) "
                  + np(8)
                  + ")?|here's what (?:happens|we'll do|will happen) next")
          // A friendly question about the customer's plans: "Planning a camping trip?"
          .add(
              Act.EMPATHY,
              "(?:are you |so you're |you're )?(?:planning|shopping for|getting ready for|preparing for|looking for"
                  + "|picking out|gearing up for|heading (?:out )?(?:on|to)) (?:a |an |the |some |your )?"
                  + free(3))
          .add(
              Act.PATIENCE,
              "hang tight|sit tight|hang in there|stay tuned|bear with us"
                  + "|(?:we |i )?(?:really |truly )?appreciate you (?:taking the time to ask|reaching out|asking"
                  + "|waiting|bearing with us)(?: (?:about|before) "
                  + np(4)
                  + ")?")
          .add(
              Act.APOLOGY,
              "(?:(?:we(?:'re| are)|i(?:'m| am)) )?(?:(?:so|really|very|truly|terribly|sincerely) )?sorry (?:for|about)"
                  + " (?:the |any |your )?"
                  + free(8)
                  + "|(?:we |i )?(?:sincerely |truly )?apologi[sz]e for "
                  + free(8))
          // Knowing what matters to the customer: "We know how important allergy information is".
          .add(
              Act.EMPATHY,
              "(?:we|i) (?:know|understand|realize|get) (?:how (?:important|stressful|frustrating|tricky|confusing"
                  + "|worrying) "
                  + free(6)
                  + " (?:is|are|can be)|(?:that )?"
                  + free(4)
                  + " (?:is|are) (?:a |an )?(?:(?:top|high|real|big) )?(?:priority|concern|important|worry)"
                  + "(?: for you| when it comes to "
                  + np(4)
                  + ")?)")
          // "Oh, back-to-school shopping — exciting!": a short noun phrase the exclamation is
          // about.
          .add(
              Act.EMPATHY,
              "(?:a |an |the )?"
                  + free(2)
                  + "(?= ?[\u2014\u2013-]{1,2} ?(?:how |so |sounds )?(?:exciting|fun|lovely|wonderful|nice|great)\\b)")
          .add(
              Act.CLOSING,
              "take care|stay (?:warm|safe|well)|happy (?:camping|shopping|holidays|gifting)|thanks again")
          .add(Act.LINK, "(?:so|and|but|also|however|in the meantime|meanwhile)\\b");

  private EnglishActs() {}
}
