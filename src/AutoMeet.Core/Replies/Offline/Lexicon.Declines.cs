namespace AutoMeet.Replies.Offline;

/// <summary>Flat declines, sarcasm and the tone words behind the sentiment score.</summary>
internal sealed partial class Lexicon
{
    private void AddDeclines()
    {
        Add(
            Signal.NotInterested, 1.2f,
            "not interested", "no interest", "zero interest", "not for us", "no thanks", "no thank you", "we ll pass", "will pass",
            "i ll pass", "going to pass", "different direction", "another direction", "not something we", "not move forward",
            "not to move forward", "decline", "the answer is no", "we re good", "we are good", "no need to follow up",
            "kein interesse", "nichts fur uns", "nein danke", "anders entschieden", "pas interesse", "pas interessee", "non merci",
            "pas pour nous", "autre direction", "no me interesa", "no gracias", "no es para nosotros", "vamos a pasar",
            "nao tenho interesse", "nao obrigado", "nao obrigada", "nao e para nos", "geen interesse", "nee dank", "niets voor ons",
            "hard pass", "say no", "no to this", "not for me", "not for now and not", "doesn t interest", "not a fit", "not a good fit",
            "no ty", "no thx", "we re all set", "all set", "not going to", "won t be", "not buying", "not looking", "we re not looking",
            "verzichten", "kein bedarf an", "nicht interessiert", "ne nous interesse pas", "ne m interesse pas", "sans interet",
            "paso", "no estamos interesados", "dispenso", "nao estamos interessados", "niet geinteresseerd", "we zien ervan af", "no.");
        Add(Signal.Decline, 1, "no", "nope", "nah", "pass", "nein", "non", "nee", "nao", "never");
        Add(
            Signal.Sarcasm, 1.2f,
            "oh great", "yeah right", "just what i needed", "exactly what my", "exactly what i", "another cold email",
            "another sales email", "impressive", "wow", "so personal*", "wrong company", "wrong name", "lol", "clearly you", "because what i need", "sure sure", "10x my", "what my day needed");
    }

    private void AddTone()
    {
        Add(
            Signal.Positive, 1,
            "thanks", "thank you", "great", "love", "awesome", "interesting", "cool", "happy", "glad", "excited", "keen", "promising",
            "curious", "appreciate", "danke", "gerne", "interessant", "super", "merci", "volontiers", "genial", "gracias", "interesante",
            "obrigado", "obrigada", "legal", "bedankt", "leuk", "graag", "top");
        Add(
            Signal.Negative, 1,
            "annoying", "spam", "spamming", "stop", "waste", "useless", "ridiculous", "sorry", "unfortunately", "leider", "malheureusement",
            "desafortunadamente", "lamentablemente", "infelizmente", "helaas", "never", "don t", "skeptical", "angry", "report");
        Add(
            Signal.QuestionWord, 1,
            "how", "what", "which", "where", "who", "why", "when", "does", "do you", "is it", "is there", "can it", "wie", "was", "wo",
            "woher", "welche", "gibt es", "combien", "comment", "est ce", "quel", "quelle", "cuanto", "como", "donde", "que", "quien",
            "quanto", "onde", "qual", "funciona", "wat", "hoe", "waar", "welke", "werkt het");
    }
}
