package com.storefront.qa.moderation.acts;

import static com.storefront.qa.moderation.acts.EnglishWords.REST;
import static com.storefront.qa.moderation.acts.EnglishWords.VERB;
import static com.storefront.qa.moderation.acts.EnglishWords.free;
import static com.storefront.qa.moderation.acts.EnglishWords.np;

/**
 * English topic and empathy acts: naming the subject of the question as a noun phrase, and
 * restating or acknowledging the customer's situation. Both may name things but carry no predicate
 * about the product.
 */
final class EnglishTopics {
  /** Adds this family's acts to {@code g}. */
  static Grammar addTo(Grammar g) {
    return g.add(
            Act.TOPIC,
            "(?:regarding|about|as for|concerning|re:?|on the question of|as to) " + np(16))
        .add(
            Act.EMPATHY,
            // The longer readings first: an alternation stops at the first branch that matches.
            // "I can see why you'd want a careful answer", "we understand wanting to be careful".
            "(?:(?:i|we) (?:can |do )?(?:completely |totally |fully |really |absolutely )?(?:understand|see|get)"
                + " (?:why|how) (?:you'd|you would|you're|you are|you) "
                + free(14)
                + "|(?:i|we) (?:completely |totally |fully |really )?(?:understand|get|see) wanting to "
                + free(8)
                + "|(?:i|we) (?:completely |totally |fully |really )?understand(?: (?:that )?(?:you|you're|you'd|you've) "
                + free(12)
                + "| "
                + np(12)
                + ")?"
                + "|that's (?:completely |totally )?understandable|(?:i |we )?(?:totally |completely )?get it"
                + "|we hear you"
                // What matters to the customer: "safety for little ones is so important". Not
                // about this product ("this toy is important"): that would be an opinion on it.
                + "|(?!(?:this|these|it|that|our|the (?:product|item))\\b)"
                + np(6)
                + " (?:is|are) (?:so |really |very |incredibly |extremely |always |especially |super )?"
                + "(?:important|crucial|essential|a (?:top |high |real )?priority|worth getting right|no small thing|a big deal)"
                + "(?: to get right)?"
                + "(?: to you| here| for (?:you|your family|little ones|kids|children|families))?"
                + "|(?:[a-z]{1,15} ){0,2}(?:matters|is important)(?: to you| here)?"
                + "|(?:this|that|it) is something (?:we|our team) (?:need|needs|will need|'ll need|want) to "
                + VERB
                + "\\b"
                + REST
                + "|you(?:'re| are) (?:wondering|asking|curious)(?: about| whether| if| how| what| which| when) "
                + free(14)
                // ...or asked: "You asked whether the bag has a laptop sleeve".
                + "|you (?:asked|were asking|wanted to know|were wondering)(?: about| whether| if| how| what| which| when) "
                + free(14)
                + "|you'd like to know (?:whether|if|what|how|about|more about) "
                + free(14)
                + ")")
        // What the customer's situation is like, never the product's: "Picky eaters can be a
        // challenge!", "Traveling with a little one takes a lot of planning!", "engraving would
        // make
        // it extra special".
        .add(
            Act.EMPATHY,
            "(?!(?:this|these|that|it|its|our|the (?:product|item|order)|they)\\b)"
                + np(5)
                + " (?:(?:is|are|can be|can get) (?:always |often |sometimes )?(?:no joke|no fun|a (?:real |big )?challenge|(?:really |so |quite )?(?:tough"
                + "|hard|tricky|stressful|exhausting|overwhelming|frustrating|annoying|worrying|confusing|upsetting|disappointing)(?: online| to judge| to get right| from photos| from a photo)?|precious|sacred)|needs? (?:extra|special|a lot of|lots of) (?:care|attention)|takes? (?:a lot of|some|real) (?:planning|thought"
                + "|care|patience)|would make (?:it|this|that|the gift) (?:extra |so |really )?(?:special|personal"
                + "|memorable|meaningful))",
            "no joke",
            "no fun",
            "frustrat",
            "annoying",
            "worrying",
            "confusing",
            "upsetting",
            "disappoint",
            "challenge",
            "tough",
            "hard",
            "tricky",
            "stress",
            "exhausting",
            "overwhelming",
            "precious",
            "care",
            "sacred",
            "take",
            "would make")
        // What matters to the customer, in its own patterns with the words they need (a noun phrase
        // tried at every position is slow): "your baby's safety matters so much", "Your dog's
        // health comes first".
        .add(
            Act.EMPATHY,
            "(?!(?:this|these|it|that|our|the (?:product|item))\\b)(?:[a-z'-]{1,15} ){0,3}(?:matters|is important)"
                + "(?: so much| a lot| most| more than anything)?(?: to you| here)?",
            "matters",
            "important")
        .add(
            Act.EMPATHY,
            "(?!(?:this|these|it|that|our|the (?:product|item))\\b)"
                + np(6)
                + " (?:always )?(?:comes?|goes|come) first(?: (?:with|for|when it comes to) (?:[a-z'-]{2,15} ){0,2}[a-z'-]{2,15})?",
            "first")
        // What the customer's condition does to them: "Back pain can really affect your sleep". No
        // determiner may lead, so "this mattress can affect your sleep" is not one.
        .add(
            Act.EMPATHY,
            "(?!(?:this|these|that|it|its|our|the|a|an|they|we)\\b)"
                + free(3)
                + " (?:can|may|might|does|do) (?:really |definitely |sometimes |often )?(?:affect|disrupt|impact|throw off|take a toll on)"
                + " (?:your|someone's|a person's) (?:[a-z'-]{2,15} ){0,1}(?:sleep|day|comfort|routine|life|skin|health|plans?)",
            "affect",
            "disrupt",
            "impact",
            "throw off",
            "toll")
        // A friendly question about the customer's plans: "Planning a camping trip?"
        .add(
            Act.EMPATHY,
            "(?:are you |so you're |you're )?(?:planning|shopping for|getting ready for|preparing for|looking for"
                + "|picking out|gearing up for|heading (?:out )?(?:on|to)) (?:a |an |the |some |your )?"
                + free(3))
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
                + "(?= ?[\u2014\u2013-]{1,2} ?(?:how |so |sounds )?(?:exciting|fun|lovely|wonderful|nice|great)\\b)");
  }

  private EnglishTopics() {}
}
