package com.storefront.qa.moderation.acts;

/**
 * The shared vocabulary of the English acts: what a free word may be (and the endings or verbs that
 * make it a statement instead), and the helpers the act families build their patterns from.
 */
final class EnglishWords {
  static final String STOP =
      "(?!(?:but|so|because|since|although|though|usually|typically|approximately|roughly"
          + "|generally|normally|customers?|reviewers?|buyers?|shoppers?|elsewhere|another"
          + "|about [0-9]|around [0-9]|up to [0-9]|over [0-9])\\b)";

  /** A word: possessive, so a failed match never retries it at shorter lengths. */
  static final String WORD =
      STOP
          + "(?:[^\\s.!?,;:—–\\x{2600}-\\x{27BF}\\x{1F000}-\\x{1FAFF}\\x{FE0F}]|(?<=[0-9])\\.(?=[0-9])){1,25}+";

  /**
   * Outside an embedded question, a verb of state makes a statement: "confirm whether the lid is
   * safe" names the subject, "confirm the lid is safe" asserts it.
   */
  static final String PREDICATE =
      "(?:is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't|does|doesn't|do|don't|did|didn't"
          + "|can|can't|cannot|could|couldn't|will|won't|would|should|has|hasn't|have|haven't|had"
          + "|it's|they're|that's|there's|fits?|works?|supports?|includes?|contains?|comes?|holds?"
          + "|lasts?|runs?|ships?|arrives?|needs?|requires?|keeps?|stays?|takes?|uses?|weighs?"
          + "|measures?|offers?|provides?|features?|means?|checked|confirmed|verified|said|says)\\b";

  static final String CLAUSE_OPEN =
      "(?:whether|if|how|what|when|which|where|who|why)(?:'s|'re)?\\b";
  static final String NP_WORD = "(?!" + PREDICATE + "|" + CLAUSE_OPEN + ")" + WORD;

  /** An embedded question: "whether the lid is dishwasher safe". */
  /** A verb of state after a determiner is a noun: "check the fit", "your needs". */
  static final String DET_NOUN =
      "(?:the|a|an|your|its|their|this|and|or)(?: (?:best|right|perfect|proper|exact))? "
          + PREDICATE;

  static final String CLAUSE = CLAUSE_OPEN + "(?:\\s{1,3}" + WORD + "){1,20}";

  /** Up to {@code n} words then one more: a free phrase of 1..n+1 words. */
  static String free(int n) {
    return "(?:" + WORD + "\\s{1,3}){0," + n + "}" + WORD;
  }

  /** A noun phrase of up to n+1 words, possibly ending in an embedded question. */
  static String np(int n) {
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

  /** A role noun of the shop's people ("team", "specialists", "department"). */
  static final String ROLE =
      "(?:team members?|team|staff|specialists?|experts?|colleagues?|department|crew|folks|advisors?"
          + "|agents?|representatives?|people)";

  /**
   * The staff: "our" or "the", up to three modifiers that are not verbs ("plant care", "parts",
   * "customer care"), a role noun. Written as a class, not a list, so "our bedding team" needs no
   * new entry.
   */
  static final String STAFF =
      "(?:(?:our|the) (?:(?!"
          + "(?:is|are|was|will|would|can|could|should|has|have|had|and|or|but|so)\\b)[a-z][a-z&-]{1,15} ){0,3}"
          + ROLE
          + "|we|i|they|someone(?: (?:from|on|in) (?:our|the) (?:[a-z]{2,15} )?(?:team|staff))?"
          + "|(?:a|one) of our (?:[a-z]{2,15} )?(?:specialists|team members|staff|colleagues|experts)"
          + "|(?:a|one) (?:member|of our (?:specialists|team members|staff))(?: of (?:our |the )?(?:[a-z]{2,15} ){0,2}(?:staff|team))?"
          + "|a (?:staff member|product specialist)"
          + "|a (?:team member|specialist|member of our (?:product )?team)|our product (?:specialist|staff|expert)s?)";

  static final String MODAL =
      "(?:will|'ll|are going to|is going to|would like to|'d like to|can|will be happy to|are happy to"
          + "|is|are|'re|'s)";
  static final String VERB =
      "(?:(?:double-)?check(?:s|ing)?|confirm(?:s|ing)?|verify|verifying|look(?:s|ing)? into"
          + "|review(?:s|ing)?"
          + "|find\\w{0,3} out|get\\w{0,4} back to you|reply|respond|follow\\w{0,3} up|let you know"
          + "|update you|be in touch|pass\\w{0,3} (?:this|it|your question) (?:along|on)|reach out"
          // Putting an answer together, never anything else: "put together a comparison" ("prepare
          // a
          // free replacement" would be a promise).
          + "|(?:put|pull) together (?:a |an |the |some |all the )?(?:full |detailed |quick |short )?(?:comparison|answer|summary"
          + "|details|information|info|overview|reply|list|specs)|(?:prepare|gather) (?:a |an |the |some |all the )?(?:full "
          + "|detailed |quick |short )?(?:comparison|answer|summary|details|information|info|overview|reply|list|specs)"
          + "|investigat\\w{0,3}|ask\\w{0,3}|answer(?:s|ing)?|look\\w{0,3} at|get you an answer"
          + "|send you (?:an? |the |more |our )?(?:answer|update|reply|details|information|info|confirmation"
          + "|message|e-?mail|note)|share|research|pass\\w{0,3} (?:this|it|your)"
          + "|contact(?:s|ing)?|reach you|e-?mail you|message you|write back|come back to you|circle back"
          + "|keep you posted|post\\w{0,3}|dig\\w{0,4} into|compar\\w{1,3}|measur\\w{1,3}|forward\\w{0,2}|flag\\w{0,4}"
          + "|get\\w{0,4} (?:an answer|the details|that info\\w{0,7})|get (?:it |this |that |everything )?right|suggest\\w{0,3})\\b";

  /** The rest of a deferral: objects, whether-clauses, "and get back to you shortly". */
  static final String REST =
      // A comma may go on only into a list or the next step ("…, including the lid, and get back").
      "(?:(?:,\\s{1,3}(?=including |and |then |or )|\\s{1,3})(?:"
          + VERB
          + "|(?:will|'ll|can|would) "
          + VERB
          + "|as soon as (?:possible|[a-z']{1,12}(?: [a-z']{1,12}){0,3})|"
          + CLAUSE
          + "|"
          + DET_NOUN
          + "|"
          + NP_WORD
          + ")){0,20}";

  /**
   * What the customer told us, restated: "you usually wear a 30 waist", "your box arrived damaged".
   * Its subject is the customer or the customer's thing; it may not say what the shop has, will do
   * or when ("your size is sold out", "it will arrive soon"), which are facts the staff must give.
   */
  static final String CUSTOMER_CLAUSE =
      "(?:that )?(?:you(?:'re|'ve|'d| are| have| would)?|your)(?![^.!?;\u2014\u2013]{0,80}?\\b(?:stock|sold|available|unavailable|discontinued"
          + "|restock\\w*|will|'ll|going to|soon|next|free|guarantee\\w*|refund(?:ed)? (?:in|within))\\b)"
          + "(?: (?:usually|normally|typically|often|already|recently|just|only))?"
          + "(?:\\s{1,3}"
          + WORD
          + "){1,12}";

  private EnglishWords() {}
}
