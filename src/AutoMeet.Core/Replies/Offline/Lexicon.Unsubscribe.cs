namespace AutoMeet.Replies.Offline;

/// <summary>Removal and stop requests, including legal wording.</summary>
internal sealed partial class Lexicon
{
    private void AddUnsubscribe()
    {
        Add(
            Signal.Unsubscribe, 2,
            "unsubscribe", "unsubscribed", "unsub", "opt me out", "opt out", "opt-out", "remove me", "remove my email", "remove my address",
            "remove this address", "remove us", "take me off", "take us off", "off your list", "off your mailing list", "from your list",
            "from your mailing list", "stop emailing", "stop e mailing", "stop mailing", "stop sending", "stop contacting", "stop spamming",
            "stop writing", "stop messaging", "stop reaching out", "quit emailing", "do not contact me", "don t contact me", "do not email me",
            "don t email me", "dont email me", "never contact me", "never email me", "not contact me again", "don t … me again",
            "do not … me again", "no more emails", "no further emails", "no further contact", "delete my data", "delete my email",
            "erase my data", "cease and desist", "spam me", "reported as spam", "report you", "stop these emails",
            "stop it", "stop the emails", "stop these", "remove pls", "pls remove", "please remove",
            // German
            "abmelden", "abbestellen", "austragen", "aus ihrem verteiler", "aus dem verteiler", "aus ihrer liste", "von ihrer liste",
            "entfernen sie mich", "entfernen sie meine", "loschen sie meine", "meine daten loschen", "widerspreche",
            "horen sie auf", "keine e mails mehr", "keine weiteren e mails", "kontaktieren sie mich nicht", "nicht mehr kontaktieren",
            "schreiben sie mir nicht", "nicht mehr anschreiben",
            // French
            "desinscri*", "desabonne*", "me retirer", "retirez moi", "retirer de votre liste", "supprimer mes donnees", "supprimez mes",
            "ne plus me contacter", "ne me contactez plus", "arretez de m", "arreter de m", "plus de mails",
            // Spanish
            "darme de baja", "dar de baja", "deme de baja", "denme de baja", "eliminame", "elimineme", "eliminarme", "sacarme de",
            "sáquenme", "quitarme de", "dejen de escribirme", "deja de escribirme", "dejen de enviarme", "no me escriban", "no me contacten",
            "borrar mis datos",
            // Portuguese
            "descadastr*", "me remova", "me remover", "remova me", "remover da lista", "cancelar a inscricao", "parem de me", "pare de me",
            "nao me envie", "nao me mandem", "apagar meus dados",
            // Dutch
            "afmelden", "uitschrijven", "haal me", "haal mij", "van uw mailinglijst", "van jullie lijst", "van uw lijst",
            "stop met mailen", "stop met e mailen", "stop met sturen", "niet meer mailen", "geen e mails meer", "verwijder mij",
            "verwijder me", "avg verzoek",
            "unsubscri*", "unsusbcri*", "unsubcri*", "unsuscri*", "take my address off", "take my email off", "off whatever list",
            "off this list", "off the list", "remove my", "remove from", "removed from", "stop please", "please stop",
            "keine weiteren mails", "keine mails mehr", "keine weiteren nachrichten", "austragen", "arretez", "ne m ecrivez plus",
            "retirez", "darme de baja", "dar de baja", "quiero darme", "sair da lista", "quero sair", "nao quero receber",
            "uitschrijven", "afmelden", "geen mails meer", "niet meer ontvangen");

        // Legal wording backs a removal request but is not one on its own ("is it GDPR compliant?").
        Add(Signal.Unsubscribe, 0.6f, "gdpr", "dsgvo", "rgpd", "lopd", "lgpd", "avg", "can spam", "erasure", "art 17", "art 21");

        // A bare "stop" (or "STOP") is handled structurally; "stop" inside a sentence is only a weak hint.
        Add(Signal.Negative, 0.5f, "stop");
    }
}
