namespace AutoMeet.Replies.Offline;

/// <summary>Handleable pushback, by objection type.</summary>
internal sealed partial class Lexicon
{
    private void AddObjections()
    {
        Add(
            Signal.Timing, 1.2f,
            "not right now", "not now", "not the right time", "bad timing", "bad time", "not a good time", "circle back", "check back",
            "reach out again", "reach back out", "try me then", "try me in", "ping me in", "ping me next", "revisit", "follow up in",
            "next quarter", "next year", "in q1", "in q2", "in q3", "in q4", "q1", "q2", "q3", "q4", "in 6 months", "in six months",
            "in a few months", "couple of months", "after the summer", "in the new year", "in the spring", "in the fall",
            "later this year", "later in the year", "swamped", "too busy", "mid migration", "hiring freeze", "till january",
            "until january", "maybe later", "maybe in", "down the road", "timing isn t", "not a priority right now",
            "zeitlich nicht", "passt es zeitlich", "im herbst", "im fruhjahr", "nachstes jahr", "nachsten quartal", "spater wieder",
            "melden sie sich gern", "derzeit nicht", "aktuell nicht", "pas le bon moment", "pas maintenant", "recontactez moi",
            "l annee prochaine", "plus tard", "en septembre", "no es buen momento", "ahora mismo no", "proximo trimestre", "mas adelante",
            "escribeme", "no momento nao", "no momento", "daqui a", "mais para frente", "me procure", "op dit moment niet",
            "over een paar maanden", "later dit jaar", "volgend jaar", "opnieuw contact", "nu even niet",
            "heads down", "heads-down", "when things", "not yet", "in january", "in february",
            "in march", "in april", "in may", "in june", "in july", "in august", "in september", "in october", "in november",
            "in december", "quarter", "quartal", "trimestre", "kwartaal", "semester",
            "other priorities", "andere prioritaten", "autres priorites", "otras prioridades", "outras prioridades", "andere prioriteiten",
            "im moment nicht", "noch nicht", "nach dem sommer", "pas encore", "apres l ete", "revenez vers moi",
            "quiza mas adelante", "todavia no", "despues del verano", "ainda nao", "nog niet", "na de zomer", "later terug", "komt u later");
        Add(
            Signal.Timing, 0.6f,
            "once the", "after the", "after our", "later", "reorg", "launch", "busy", "focus on", "spater", "plus tard", "mais tarde",
            "depois", "ahora", "maybe");
        Add(
            Signal.Budget, 1.2f,
            "budget", "budgets", "too expensive", "expensive", "can t afford", "cant afford", "afford", "no money", "pricey",
            "spending freeze", "froze spending", "cost cutting", "costs too much", "kein budget", "zu teuer", "geld", "pas le budget",
            "trop cher", "budget", "presupuesto", "muy caro", "orcamento", "caro demais", "muito caro", "geen budget", "te duur",
            "price is", "pricing is", "justify", "the spend", "that spend", "too high", "too much", "teuer", "cher", "duur");
        Add(
            Signal.Budget, 0.5f,
            "the price", "spend", "cost", "costs", "roi", "cheaper", "kosten", "preis", "prix", "cout", "caro", "precio", "preco",
            "custo", "prijs");
        Add(
            Signal.Authority, 1.2f,
            "not the decision maker", "not a decision maker", "not my call", "not my decision", "above my pay grade",
            "don t make … decisions", "don t make the decision", "no say", "not up to me", "need to talk to leadership",
            "my boss decides", "leadership decides", "management decides", "not the one who decides", "i can t decide",
            "nicht der entscheider", "nicht die entscheiderin", "entscheide das nicht", "nicht meine entscheidung",
            "pas moi qui decide", "ne decide pas", "no soy quien", "no decido", "nao sou eu quem decide", "nao decido",
            "niet degene die", "beslis ik niet", "niet aan mij",
            "sign off", "signoff", "head office", "headquarters", "my boss", "my manager", "geschaftsfuhrung", "zentrale", "siege",
            "jefe", "matriz", "chefe", "hoofdkantoor", "mijn baas", "directie");
        Add(Signal.Authority, 0.6f, "approve", "approval", "decision", "decisions", "decide", "decides", "entscheid*", "decisao", "beslis*");
        Add(
            Signal.Competitor, 1.2f,
            "already use", "already using", "we use", "we re using", "we are using", "already have a vendor", "already have a solution",
            "already have a tool", "another vendor", "another provider", "other vendor", "signed with", "contract with", "locked into",
            "already have", "we re with", "went with", "we have calendly", "happy with our current", "current provider",
            "nutzen bereits", "nutzen schon", "verwenden bereits", "anderen anbieter", "haben schon", "utilisons deja", "utilise deja",
            "une solution concurrente", "un autre prestataire", "ya usamos", "ya trabajamos con", "ya tenemos", "otro proveedor",
            "ja usamos", "ja temos", "outra ferramenta", "outro fornecedor", "werken al met", "gebruiken al", "andere leverancier",
            "hebben al",
            "we re a", "shop", "on top", "in place", "already", "bereits", "deja", "al een", "dienstleister",
            "anbieter", "outil", "prestataire", "proveedor", "herramienta", "fornecedor", "ferramenta", "leverancier", "tool voor");
        Add(
            Signal.Need, 1.2f,
            "don t need", "dont need", "do not need", "no need", "don t really need", "don t have that problem", "don t have this problem",
            "not a problem for us", "not a priority problem", "in house", "in-house", "we re fine", "reply rates are fine",
            "no use for", "not relevant", "doesn t apply", "brauchen wir nicht", "brauchen das nicht", "kein bedarf", "intern",
            "pas besoin", "n en avons pas besoin", "no lo necesitamos", "no necesitamos", "internamente", "nao precisamos",
            "sem necessidade", "niet nodig", "geen behoefte",
            "overkill", "pain point", "not a pain", "not an issue", "not a problem", "handful", "too small", "small team",
            "works fine", "works well", "good enough", "manually", "excel", "spreadsheet", "kein problem", "nicht notig",
            "ce probleme", "pas de probleme", "pas utile", "no es un problema", "no nos hace falta", "nao e um problema",
            "geen probleem", "niet van toepassing");
        AddNegatable(
            Signal.None, 0, Signal.Need, 1.2f,
            "have that problem", "have this problem", "have that issue", "have this issue", "need it", "need this", "need that",
            "need a tool", "need one", "need another", "see the need", "see a need");
        Add(
            Signal.Trust, 1.2f,
            "how do i know", "sell my data", "never heard of", "too good to be true", "go under", "trust", "scam", "credib*",
            "who else uses",
            "unbekannte anbieter", "vertrauen", "je me mefie", "je ne vous connais pas", "confiance", "no confio", "nao conheco",
            "confianca", "vertrouw", "legit", "registered", "skeptical", "sceptical", "skeptisch", "sceptique", "escept*", "cetico", "sceptisch", "sketchy",
            "fishy", "prove it", "seriose", "serios", "fiable", "fiavel", "betrouwbaar");
        Add(
            Signal.TrustWeak, 0.5f,
            "security team", "soc 2", "soc2", "iso 27001", "data protection", "our data", "datenschutz", "sus datos", "nuestros datos",
            "seguridad", "seguranca dos dados", "beveiliging", "onze gegevens", "servers", "server", "hosted", "compliance", "compliant", "dsgvo", "gdpr", "rgpd", "avg", "privacy", "nossos dados",
            "vender", "sell", "reviews", "who are you");
    }
}
