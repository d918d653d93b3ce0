namespace AutoMeet.Replies.Offline;

/// <summary>
/// Broader morphology and frames, added in the generalisation round: verb stems instead of single inflections
/// ("aplaz*", "anul*"), negated nouns of need, list and receive frames of removal requests, "call me" and "when are you
/// free" in every language, seasons and "again" as weak timing evidence. Written from error patterns, not from cases.
/// </summary>
internal sealed partial class Lexicon
{
    private void AddMorphology()
    {
        Add(Signal.Cancel, 1.2f, "anul*", "annuleer*", "stornier*", "afgezeg*", "cancelad*", "canceled", "cancelled");
        Add(
            Signal.Reschedule, 1.2f,
            "aplaz*", "pospon*", "posterg*", "reagend*", "verschuiv*", "verschuif*", "verschov*", "schuiv*", "schuif*", "verschob*",
            "umplan*", "umleg*", "repouss*", "reprogram*", "postpone*", "push back", "move it", "slide our", "slide the");
        Add(
            Signal.Unsubscribe, 1.2f,
            "van de lijst", "uit de lijst", "van de mailinglijst", "uit het bestand", "uit jullie bestand", "de la liste", "de la lista",
            "de su lista", "da lista", "dessa lista", "desta lista", "von der liste", "aus der liste", "aus ihrem verteiler",
            "aus dem verteiler", "off your list", "off the list", "off whatever list", "from your list", "recibir mas", "receber mais",
            "recevoir plus", "plus recevoir", "mas recibir", "meer ontvangen", "mehr erhalten", "no more emails", "ne plus m ecrire", "plus m ecrire", "mir zu schreiben",
            "stop met mailen", "stop met mailen", "hou op met", "dejen de escribir*", "parem de", "stop sending");
        Add(
            Signal.Unsubscribe, 1.2f,
            "erase my", "delete my", "delete our", "remove my data", "remove our data", "borr*", "supprim* mes", "supprimez moi",
            "losch* … daten", "loschen sie", "apag* … dados", "apaguem", "verwijder … gegevens", "elimin* … datos");
        Add(Signal.Unsubscribe, 0.6f, "unsolicited", "unerwunscht", "ongevraagd", "non sollicit*", "no solicitad*", "nao solicitad*");
        AddNegatable(Signal.None, 0, Signal.Need, 1.2f, "necesidad", "necessidade", "behoefte", "besoin", "bedarf", "use case", "usecase");
        Add(
            Signal.Authority, 1.2f,
            "decisionnaire", "decideur", "signs off", "signing off", "higher up", "higher ups", "hogerop", "hoger op", "ga … niet over",
            "gaat … niet over", "niet over", "tomo … decisiones", "tomo esas", "geschaftsleitung", "vorstand", "la direction",
            "la direccion", "a diretoria", "run it past", "run it by");
        Add(
            Signal.Competitor, 1.2f,
            "zufrieden mit", "tevreden met", "tevreden over", "satisfait* de", "satisfait* avec", "satisfech* con", "satisfeit* com",
            "happy with our", "happy with what we", "satisfied with our", "satisfied with the", "aktuellen tool", "huidige tool",
            "outil en place", "un outil", "en place");
        Add(
            Signal.Trust, 1.2f,
            "guarantee*", "garant*", "wary", "burned by", "burnt by", "bad experience*", "slechte ervaring*", "geen goede ervaring*",
            "schlechte erfahrung*", "mauvaise* experience*", "mala* experiencia*", "ma* experiencia*", "confio", "confiar",
            "betrouwbaar", "vertrouw*", "never heard", "nie gehort", "nooit van gehoord", "jamais entendu");
        Add(Signal.Timing, 1.2f, "agora nao", "ahora no", "jetzt nicht", "nu niet", "segundo semestre", "proximo semestre", "o ano que vem");
        Add(
            Signal.Timing, 0.6f,
            "sommer*", "zomer*", "verano", "verao", "ete", "summer", "herbst", "najaar", "automne", "otono", "outono", "fruhjahr",
            "voorjaar", "printemps", "primavera", "winter", "hiver", "invierno", "inverno", "semestre", "fall",
            "noch einmal", "nochmal", "nog eens", "nog een keer", "again", "de nuevo", "otra vez", "de novo", "novamente",
            "a nouveau", "de nouveau", "opnieuw", "fala comigo", "me procura", "sprechen sie mich", "mail me na", "contact me in",
            "reach out in", "hit me up");
        Add(
            Signal.Meeting, 1.2f,
            "appelez moi", "appelle moi", "llamame", "llameme", "me liga", "me ligue", "bel me", "belt u me", "ruf mich",
            "rufen sie mich", "call me on", "ring me");
        Add(
            Signal.MeetingWeak, 1,
            "wanneer … tijd", "wann … zeit", "when … free", "when … available", "what time works", "which day works",
            "quand … disponible*", "cuando … disponible", "cuando … libre", "quando … disponivel", "quando … livre", "welke dag");
        Add(Signal.Affirm, 1, "pourquoi pas", "por que no", "por que nao", "warum nicht", "waarom niet", "count me in");
    }
}
