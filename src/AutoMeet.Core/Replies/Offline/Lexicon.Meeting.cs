namespace AutoMeet.Replies.Offline;

/// <summary>Agreeing to talk, proposing or accepting times, booking.</summary>
internal sealed partial class Lexicon
{
    private void AddMeeting()
    {
        AddNegatable(
            Signal.Meeting, 1.2f, Signal.NotInterested, 0.5f,
            "let s talk", "lets talk", "let s chat", "lets chat", "let s meet", "let s connect", "let s do it", "let s do a call",
            "let s find time", "let s set up", "let s schedule", "let s book", "happy to chat", "happy to talk", "happy to connect",
            "happy to meet", "happy to hop on", "open to a … call", "open to a chat", "open to chatting", "willing to give you",
            "set up a call", "set up a demo", "set up a meeting", "set up a time", "schedule a call", "schedule a demo", "book a call",
            "book a time", "book it", "booked a", "booked time", "grabbed a", "grab 30", "grab 15", "grab a slot", "grab time",
            "send me an invite", "send an invite", "send a calendar invite", "send over a calendar", "send over an invite",
            "calendar invite", "accepted the invite", "accepted your invite", "accepted", "works for me", "work for me",
            "works for us", "is fine", "fine by me", "see you there", "see you then", "talk then", "talk soon", "call me",
            "give me a call", "can we do a call", "can we do", "could we do", "how about", "free on", "i m free", "i am free",
            "available on", "i m available", "i am available", "my calendar", "on my calendar", "my availability", "your availability",
            "what does your", "send me a few times", "send me some times", "send times", "propose a time", "let s do", "15 minutes",
            "20 min", "30 min", "15 min", "30 mins", "coffee", "demo for", "hop on a call", "jump on a call", "quick call",
            "lassen sie uns", "lass uns", "telefonieren", "gerne einen termin", "termin machen", "termin vereinbaren", "einen termin",
            "passt mir", "passt uns", "passt", "habe ich zeit", "hab ich zeit", "schicken sie mir eine einladung", "einladung",
            "gesprach ist ok", "machen wir", "klingt gut", "on peut s appeler", "s appeler", "je suis disponible", "disponible",
            "ca marche", "ca me va", "volontiers", "envoyez moi une invitation", "une invitation", "pour un echange", "hablemos",
            "le va bien", "me viene bien", "me va bien", "agendar", "podemos hablar", "una llamada", "reunirnos", "vamos marcar",
            "marcar uma", "funciona para mim", "pode ser", "topo", "uma call", "uma reuniao", "bate papo", "laten we", "even bellen",
            "komt mij goed uit", "komt goed uit", "plan maar", "plan een", "inplannen", "heb ik tijd", "een afspraak", "prima",
            "put something in", "put time in", "count me in", "i m in", "i m game",
            "does that suit", "suits me", "suit you", "works best", "work best", "can do", "i can do", "available", "availability",
            "a gap", "open on", "is open", "i m open", "open to", "free at", "free for", "let me know when",
            "when works", "what time", "what times", "pick a time", "find a time", "find time", "set something up", "set it up",
            "hop on", "jump on", "we can chat", "we can talk", "we can meet",
            "zeit fur", "zeit fur ein", "wann hatten sie", "wann passt", "kurzes telefonat",
            "d accord pour", "un appel", "appel de", "on se parle", "se parler", "rencontrer", "creneau", "dispo",
            "hablamos", "me parece bien", "llamemos", "quedamos", "beleza", "pode agendar", "bater um papo", "kan ik bellen",
            "afspreken", "schikt");
        AddNegatable(
            Signal.MeetingWeak, 1, Signal.NotInterested, 0.5f,
            "chat", "talk", "meet", "speak", "connect", "schedule", "scheduling", "calendar", "slot", "slots", "telefonat", "treffen",
            "austausch", "hablar", "reunion", "conversar", "ligar", "bellen", "spreken", "appel", "gesprek", "call");
        AddNegatable(
            Signal.Affirm, 1, Signal.NotInterested, 1,
            "yes", "yep", "yeah", "yea", "ok", "okay", "k", "kk", "sure", "sure thing", "absolutely", "definitely", "of course",
            "works", "sounds good", "sounds great", "perfect", "great", "fine", "deal", "why not", "ja", "gerne", "gern", "einverstanden",
            "oui", "d accord", "parfait", "claro", "perfecto", "vale", "sim", "combinado", "perfeito", "ja prima", "graag", "prima",
            "interested", "intrested", "interessiert", "interessant", "interesse", "me interesa", "tenho interesse", "interessado",
            "interessada", "interessant", "interest*", "interess*", "geinteresseerd", "relevant", "convinced", "alright", "all right",
            "go ahead", "please do", "yes please", "bring it", "let s go", "klar", "selbstverstandlich", "bien sur", "evidemment",
            "dale", "de acuerdo", "por supuesto", "certo", "bora", "zeker", "goed", "akkoord", "is goed", "top");
        Add(
            Signal.TimeRef, 1,
            "monday", "tuesday", "wednesday", "thursday", "friday", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
            "tomorrow", "tmrw", "tmr", "next week", "this week", "morning", "afternoon", "mornings", "afternoons", "noon",
            "pm", "pt", "cet", "pst", "edt", "my time", "your time", "week of",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "morgen", "nachste woche", "vormittags", "nachmittags", "uhr",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "demain", "semaine prochaine", "apres midi", "matin",
            "lunes", "martes", "miercoles", "jueves", "viernes", "manana", "esta semana", "la semana que viene", "por la tarde",
            "segunda", "terca", "quarta", "quinta", "sexta", "amanha", "semana que vem", "de manha", "a tarde",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "morgen", "volgende week", "donderdagmiddag", "middag", "ochtend");
    }
}
