namespace AutoMeet.Replies.Offline;

/// <summary>Negation words in the supported languages (folded forms).</summary>
internal static class Negators
{
    /// <summary>Gets whether <paramref name="word"/> negates what follows; <paramref name="previous"/> resolves "don ' t".</summary>
    public static bool IsNegator(ReadOnlySpan<char> word, ReadOnlySpan<char> previous) => word switch
    {
        "not" or "no" or "never" or "dont" or "cant" or "wont" or "didnt" or "doesnt" or "isnt" or "arent" or "nothing" or "without" => true,
        "nicht" or "kein" or "keine" or "keinen" or "keiner" or "nie" or "niemals" or "ohne" => true,
        "pas" or "ne" or "jamais" or "sans" or "n" or "aucun" or "aucune" => true,
        "nao" or "nunca" or "nem" or "sem" or "ni" or "sin" => true,
        "niet" or "geen" or "nooit" or "zonder" => true,
        "t" => previous is "don" or "can" or "won" or "didn" or "doesn" or "isn" or "aren" or "wasn" or "weren" or "couldn" or "wouldn" or "shouldn" or "haven" or "hasn",
        _ => false,
    };
}
