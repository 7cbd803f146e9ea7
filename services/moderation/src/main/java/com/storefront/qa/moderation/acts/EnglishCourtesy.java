package com.storefront.qa.moderation.acts;

import static com.storefront.qa.moderation.acts.EnglishWords.CUSTOMER_CLAUSE;
import static com.storefront.qa.moderation.acts.EnglishWords.free;
import static com.storefront.qa.moderation.acts.EnglishWords.np;

/**
 * English courtesy acts: greeting, thanks (and compliments on the question), patience, apology,
 * closing and the linking words between acts. None of them may say anything about the product.
 */
final class EnglishCourtesy {
  static final String THANKS_FOR =
      " for (?:(?:your|the|this) (?:[a-z]{1,15} ){0,2}(?:question|inquiry|enquiry|message|interest|note"
          + "|request|comparison|reference|example|suggestion|feedback)(?: (?:about|in|on|regarding|with|to) "
          + np(8)
          + ")?|asking(?: about "
          + np(8)
          + "| (?:whether|if) "
          + free(14)
          + "| such an? (?:great|good|thoughtful) question| this"
          + "| before (?:you buy|buying|ordering|you order|purchasing|you purchase|(?:you )?[a-z]{2,15}(?:ing)?"
          + "(?: (?:it|them|this|one|yours))?(?=[\\s.!,]|$)))?|reaching out|contacting us"
          + "|getting in touch"
          // Checking before whatever the customer is about to do ("checking before washing them"):
          // tried before the shorter "checking", which an alternation would otherwise stop at.
          + "|checking(?: with us)? before (?:you )?[a-z]{2,15}(?: (?:it|them|this|one|yours|anything))?(?=[\\s.!,]|$)"
          + "|checking with us(?: first| before (?:buying|ordering))?|checking(?: first| before (?:buying|ordering))?|taking the time to ask|shopping with us"
          // Thanks for what the customer is thinking of: "for thinking about recycling".
          + "|thinking ahead(?= ?[!.,]| about| for)(?: (?:about|for) (?:your|the) (?:[a-z'-]{2,15} ){0,2}[a-z'-]{2,15})?"
          + "|(?:thinking|caring|asking) (?:about|of) "
          + np(6)
          // What the customer gave us: "for including your fridge model, RF-2041", "for the details
          // about your daughter". A model code may follow after a comma.
          + "|(?:including|providing|sending|giving|adding|noting|explaining|describing|listing|confirming)"
          + " (?:your|the|those|these|all the|such) "
          + np(6)
          + "(?:, [a-z0-9-]{0,20}[0-9][a-z0-9-]{0,20})?"
          + "|(?:the|those|these|all the|your|such) (?:helpful |extra |useful |detailed )?(?:details|info|information"
          + "|context|photos?|pictures?|measurements|background)(?: (?:about|on|of|regarding) "
          + np(6)
          + ")?|sharing (?:that|this)(?=[.!,]|$)"
          + "|letting us know where you(?:'re| are)? (?:live|based|located|shopping from)"
          + "|(?:letting us know|sharing|telling us|mentioning)(?: (?:about "
          + np(8)
          + "|"
          + CUSTOMER_CLAUSE
          // The occasion the customer told us of: "it's a birthday gift", "it's for my mum".
          + "|(?:that )?(?:it's|it is|this is|they're|these are) (?:(?:a|an) (?:[a-z'-]{2,15} ){0,2}(?:gift|present"
          + "|surprise)|for (?:your|a|an|my|his|her|their) (?:[a-z'-]{1,15} ){0,3}[a-z'-]{1,15})"
          + "))?|(?:the|your) (?:kind|lovely|nice|sweet) (?:words|message|note|comment)|the compliment"
          + "|the heads-up|flagging this|your understanding|your feedback|your patience"
          + "|bearing with us|(?:considering|choosing|trusting) (?:us|this|our \\w{1,15})(?: for "
          + np(5)
          + ")?)";

  /** Adds this family's acts to {@code g}. */
  static Grammar addTo(Grammar g) {
    return g.add(
            Act.GREETING,
            "(?:hi|hello|hey|greetings|good (?:morning|afternoon|evening)|dear (?:customer|shopper))"
                + "(?: there| again| friend)?\\b")
        .add(
            Act.GREETING,
            "(?:(?:congratulations|congrats) (?:on|to) (?:your|the) (?:new |little )?(?:[a-z'-]{2,15} ){0,2}[a-z'-]{2,15}"
                + "|congratulations|congrats|oh no|oh dear|uh oh|oops|oh|ooh|ah|ahh|aha|wow|aw+|brr|yay|haha|hehe|lol|sure|of course|certainly|okay|ok|hmm|nice|great|awesome"
                + "|lovely)"
                + "(?=[\\s,!.—-]|$)")
        .add(
            Act.THANKS,
            "(?:thank you|thanks)(?: so much| very much| kindly| a lot)?(?:" + THANKS_FOR + ")?\\b")
        .add(
            Act.THANKS,
            "(?:(?:what|such) an? |the )?(?:(?:really|very|super|totally) )?(?:great|good|excellent|awesome|nice|fair"
                + "|lovely|thoughtful|smart|important|big|classic|common|popular|key|sweet|wonderful|fun|cool|cute"
                + "|kind|exciting|reasonable)(?: [a-z\\-]{1,20})?"
                + " (?:question|q|one|catch|point|idea|thinking|gift(?: idea)?|plan|choice|thing to ask|thing to check|trip"
                + "|touch|gesture|request|thing to do|way to celebrate"
                + "|surprise|present|occasion|adventure)(?: to (?:ask|check|wonder about))?\\b"
                // ...and what it is for: "What a sweet idea for a daycare gift!".
                + "(?: for (?:a|an|your|the) (?:[a-z'-]{2,15} ){0,2}[a-z'-]{2,15})?"
                + "(?: before (?:[a-z]{2,15}ing|you [a-z]{2,15}))?"
                + "(?:,? especially (?:for|if|when|with) (?:[a-z'-]{1,15} ){0,4}[a-z'-]{1,15})?"
                + "|(?:that's|that is|this is|it's) (?:a |an )?(?:really |very |totally |super )?(?:great|good|excellent"
                + "|thoughtful|fair|important|lovely|sweet|wonderful|reasonable) (?:question|thing to check|one to (?:check|ask)|point|gift(?: idea)?|idea|plan"
                + "|thing to ask)(?: to ask)?\\b(?:,? especially (?:for|if|when|with) (?:[a-z'-]{1,15} ){0,4}[a-z'-]{1,15})?"
                + "|(?:how|so) (?:exciting|fun|lovely|wonderful|nice|thoughtful|sweet|cool)\\b"
                // ...and what is exciting: "How exciting, a trip to Hawaii".
                + "(?:,? (?:a|an|your) "
                + free(4)
                + ")?"
                // ...or the other way round: "50 for an event, how fun".
                + "|(?:(?:a|an|your) )?"
                + np(4)
                + "(?:,| ?[\u2014\u2013-]{1,2})? (?:how|so) (?:exciting|fun|lovely|wonderful|nice|thoughtful|sweet|cool)\\b"
                // "What a lucky Maine Coon!": about the customer's pet, person or occasion, in a
                // closed class of adjectives that are no property of a product.
                + "|what (?:a|an) (?:lucky|lovely|cute|sweet|adorable|thoughtful|fun|exciting|special|wonderful) "
                + free(3)
                + "|(?:sounds )?(?:exciting|fun|wonderful)\\b"
                + "|love that you(?:'re| are) asking\\b"
                + "|(?:a |an )?(?:great|good|smart|wise|important) (?:thing|idea) to (?:check|ask)"
                + "(?: before (?:buying|ordering|you buy|you order))?")
        .add(
            Act.PATIENCE,
            "(?:thank you|thanks)(?: so much| very much| again)? for (?:your patience|waiting)(?: and understanding)?"
                + "(?: (?:with|on|regarding|while we check) "
                + np(4)
                + ")?"
                + "|(?:we |i )?(?:really |truly )?appreciate (?:you(?:r)? )?(?:patience|understanding|interest"
                + "|question|taking (?:the time|care) to ask|asking|reaching out)"
                + "|please (?:bear with us|wait|be patient|allow us (?:a little|some) time)")
        .add(
            Act.APOLOGY,
            "(?:(?:we(?:'re| are)|i(?:'m| am)) )?(?:(?:so|really|very|truly|terribly) )?sorry(?: (?:for|about)"
                + " (?:the wait|the delay|keeping you waiting|any inconvenience|the late reply|that)"
                + "| to hear (?:about "
                + np(6)
                + "|"
                + CUSTOMER_CLAUSE
                + "|that)"
                // "sorry you're dealing with this": the customer's situation, not the product's.
                + "| (?:that )?"
                + CUSTOMER_CLAUSE
                + ")?"
                + "|(?:we |i )?(?:sincerely |truly )?apologi[sz]e for (?:the (?:wait|delay)|any inconvenience"
                + "|keeping you waiting(?: so long| this long| for so long)?)"
                + "|sorry to hear (?:about "
                + np(6)
                + "|"
                + CUSTOMER_CLAUSE
                + "|that)")
        // Sorry the zipper broke: the customer's report of what went wrong, in a closed class of
        // failures; its own pattern, so the bare "I'm so sorry" above cannot end the act first.
        .add(
            Act.APOLOGY,
            "(?:(?:we(?:'re| are)|i(?:'m| am)) )?(?:(?:so|really|very|truly|terribly) )?sorry (?:that )?(?:the|your) "
                + "(?:[a-z'-]{2,15} ){0,2}(?:broke|arrived (?:damaged|broken|late)|(?:is|was|came|arrived) (?:damaged|broken|missing"
                + "|late|wrong)|stopped working|isn't working|went missing|didn't arrive|hasn't arrived|got lost)"
                + "|(?:that's|that is|how) (?:really |so |very |incredibly )?(?:disappointing|frustrating|annoying|upsetting"
                + "|stressful|inconvenient)",
            "sorry",
            "disappoint",
            "frustrat",
            "annoying",
            "upsetting",
            "stressful",
            "inconvenient")
        .add(
            Act.CLOSING,
            "(?:have|enjoy) a (?:great|nice|wonderful|lovely|good) (?:day|week|weekend|evening)"
                + "|(?:best|kind|warm) regards|cheers|happy shopping"
                + "|(?:we )?look forward to (?:helping|assisting|hearing from) you"
                + "|(?:please )?(?:let us know|feel free to (?:ask|reach out|contact us)) if you have"
                + " (?:any )?(?:other|more|further) questions")
        .add(
            Act.CLOSING,
            "(?:please )?let us know if (?:there's|there is) anything else (?:we can help (?:you )?with"
                + "|you need|we can do)")
        .add(
            Act.PATIENCE,
            "hang tight|sit tight|hang in there|stay tuned|bear with us"
                + "|(?:we |i )?(?:really |truly )?appreciate you (?:taking the time to ask|reaching out|asking"
                + "|waiting|bearing with us|shopping with us|choosing us|being so patient)(?: (?:about|before) "
                + np(4)
                + ")?")
        .add(
            Act.APOLOGY,
            "(?:(?:we(?:'re| are)|i(?:'m| am)) )?(?:(?:so|really|very|truly|terribly|sincerely) )?sorry (?:that )?"
                + "(?:it(?:'s| has) taken (?:so|this) long|(?:it|this) (?:took|is taking) (?:so|this) long)"
                + "|(?:(?:we(?:'re| are)|i(?:'m| am)) )?(?:(?:so|really|very|truly|terribly|sincerely) )?sorry (?:for|about)"
                + " (?:the |any |your )?"
                + free(8)
                + "|(?:we |i )?(?:sincerely |truly )?apologi[sz]e for "
                + free(8)
                + "|(?:(?:my|our) )?(?:sincere |sincerest |deepest )?apologies (?:for|about) (?:the |any |your )?"
                + free(8))
        .add(
            Act.CLOSING,
            "take care|stay (?:warm|safe|well)|happy (?:camping|shopping|holidays|gifting)|thanks again"
                + "|(?:have|enjoy) (?:a|your) (?:great|nice|wonderful|lovely|good|fantastic|safe) (?:trip|holiday"
                + "|vacation|time|flight|weekend)|get well soon"
                + "|safe travels|happy travels|bon voyage|enjoy your (?:trip|holiday|vacation|event|celebration)"
                + "|(?:wishing you|we wish you) (?:all the best|a (?:speedy|quick) recovery|well|a (?:great|lovely|wonderful)"
                + " (?:day|trip|holiday|time|celebration))|all the best|best wishes")
        // Courtesy about the customer's message: "that's really helpful context", "we're glad you
        // reached out". About what the customer said, never about the product.
        .add(
            Act.THANKS,
            "(?:that's|that is|this is) (?:really |very |super |so )?(?:helpful|useful|good|great) (?:context"
                + "|information|info|to know|detail|details)"
                + "|(?:we're|we are|i'm|i am) (?:so |really |very )?(?:glad|happy) you (?:reached out|asked"
                + "|got in touch|wrote in|contacted us|checked with us)",
            "that",
            "this",
            "glad",
            "happy")
        // Acknowledging what the customer said: "Happy to help with that!", "A 15-inch laptop, got
        // it!".
        .add(
            Act.THANKS,
            "(?:(?:we're|we are|i'm|i am) )?(?:(?:absolutely|always|more than|so|very|really) )?(?:happy|glad) to help"
                + "(?: (?:with (?:that|this|your (?:question|request))|out|(?:look into|check on|sort out|figure out) (?:this|that|it)))?"
                + "|(?:(?:a|an|the|your) )?"
                + np(4)
                + ",? (?:got it|noted|understood)|got it|noted|understood",
            "help",
            "got it",
            "noted",
            "understood")
        .add(Act.LINK, "(?:so|and|but|also|however|in the meantime|meanwhile)\\b")
        // A whether-clause called a good thing to ask: "Whether the dresser is solid wood or MDF is
        // a
        // great thing to ask before buying". Its own pattern, with the words it needs, so the
        // clause is not tried at every "if" and "how".
        .add(
            Act.THANKS,
            EnglishWords.CLAUSE
                + " (?:is|'s) (?:a |an )?(?:really |very )?(?:great|good|smart|wise|important|fair|reasonable)"
                + " (?:thing|idea|question|one) to (?:check|ask)(?: before (?:[a-z]{2,15}ing|you [a-z]{2,15}))?",
            " to ask",
            " to check")
        .add(
            Act.EMPATHY,
            "(?:a|an|your) (?!(?:great|excellent|perfect|good|best|ideal|smart|wise|top|popular|amazing|fantastic|free"
                + "|new favou?rite|favou?rite|must-have|bestselling|best-selling)\\b)"
                + free(2)
                + "(?= ?!)",
            "!")
        // The question called fair: "Authenticity questions are totally fair".
        .add(
            Act.THANKS,
            "(?:[a-z'-]{2,15} ){0,3}questions? (?:is|are) (?:totally |completely |very |always |so )?(?:fair|understandable"
                + "|reasonable|common|welcome)",
            "question is",
            "questions are")
        // Sending the customer to their own doctor or vet as well: never a health claim.
        .add(
            Act.REFERRAL,
            "(?:please )?(?:also )?(?:do )?(?:check|consult|speak|talk|confirm) with your (?:own )?(?:doctor|pharmacist|vet"
                + "|veterinarian|pediatrician|paediatrician|gp|healthcare provider|midwife)(?: as well| too| first)?",
            "doctor",
            "pharmacist",
            "vet",
            "pediatrician",
            "paediatrician",
            "gp",
            "provider",
            "midwife")
        .add(
            Act.LINK,
            "(?:just )?(?:to (?:confirm|clarify|make sure (?:i|we) (?:understand|got (?:it|that) right))|if i understand correctly"
                + "|if i(?:'ve| have) got (?:it|this|that) right)(?=,)",
            "confirm",
            "clarify",
            "understand",
            "right")
        // A sign-off: "Best,\nThe Customer Care Team", "— the Hana Mall team". The team line must
        // end
        // its line: it names who writes, and says nothing.
        .add(
            Act.CLOSING,
            "(?:best|sincerely|warmly|regards|many thanks|with thanks|kindly)(?=[\\s,!.]|$)")
        .add(
            Act.CLOSING,
            // Only at the start of a line: "our team" inside every deferral must not be tried here.
            "(?<![^\\n])(?:the |your )?(?:[a-z0-9&'-]{1,15} ){0,4}(?:team|staff|crew|support)(?=[ \\t!.]*(?:\\n|$))",
            "team",
            "staff",
            "crew",
            "support");
  }

  private EnglishCourtesy() {}
}
