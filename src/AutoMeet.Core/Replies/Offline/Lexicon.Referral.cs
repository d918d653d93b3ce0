namespace AutoMeet.Replies.Offline;

/// <summary>Pointing to someone else (a hand-off) and adding someone (an inclusion).</summary>
internal sealed partial class Lexicon
{
    private void AddReferral()
    {
        // Hand-off phrases; the classifier checks that a name or an address follows (or appears) before calling it a referral.
        Add(
            Signal.Handoff, 1,
            "reach out to", "talk to", "talk with", "speak to", "speak with", "contact", "ping", "try", "email", "write to",
            "forwarded your", "forwarded this", "forwarding to", "forwarding this", "forwarded it", "passed this", "passing this",
            "owns this", "owns our", "handles this", "handles that", "handled by", "takes care of", "took over", "in charge of",
            "is responsible", "the right person is", "best person is", "better person", "is the one who", "the one who", "owns", "makes the call", "you want",
            "wenden sie sich an", "wende dich an", "zustandig", "ansprechpartner ist", "versuchen sie es bei", "melden sie sich bei",
            "contactez", "contacter", "s occupe", "adressez vous", "hable con", "contacte a", "contacte con", "escriba a", "lleva este tema",
            "se encarga", "fale com", "falar com", "entre em contato com", "quem cuida", "cuida disso", "responsavel",
            "contact opnemen met", "neem contact op met", "moet u bij", "moet je bij", "verantwoordelijk",
            "reach", "loop in", "might be keen", "might care", "might be interested", "would be interested", "is your guy",
            "is your person", "gateway", "he s our", "she s our", "gerencia", "gere", "gere les", "adressez vous a",
            "leite ihre mail weiter", "weiterleiten", "leite", "zustandig ist", "te paso con", "paso con", "lleva", "gaat hierover",
            "mail even naar", "mail naar", "not my department", "nicht meine abteilung");
        Add(
            Signal.WrongPerson, 1,
            "not the right person", "wrong person", "not the best person", "not the right contact", "not my area", "not me",
            "no longer with", "left the", "moved to a new role", "don t handle", "not in charge", "don t handle this",
            "nicht der richtige", "nicht die richtige", "nicht zustandig", "pas la bonne personne", "pas le bon interlocuteur",
            "no soy la persona", "no soy el indicado", "nao sou a pessoa", "nao sou o responsavel", "niet de juiste persoon",
            "niet de juiste");
        Add(
            Signal.Include, 1,
            "cc d", "cc ing", "ccing", "cc ed", "loop in", "looping in", "adding my", "added my", "bring in", "bringing", "join too",
            "should join", "my assistant", "my colleague", "will join", "copied", "in cc", "en copie", "en copia", "em copia", "in kopie",
            "mein kollege", "meine kollegin", "mon collegue", "ma collegue", "mi companero", "mi colega", "meu colega", "mijn collega");
    }
}
