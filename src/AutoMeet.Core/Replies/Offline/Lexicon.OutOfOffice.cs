namespace AutoMeet.Replies.Offline;

/// <summary>Away notes: auto-replies and humans saying they are out.</summary>
internal sealed partial class Lexicon
{
    private void AddOutOfOffice()
    {
        Add(
            Signal.OutOfOffice, 1.2f,
            "out of office", "out of the office", "ooo", "out of town", "away from my desk", "away from the office", "on vacation",
            "on holiday", "on leave", "parental leave", "maternity leave", "paternity leave", "sick leave", "out sick", "on sabbatical",
            "my sabbatical", "limited access to email", "limited email", "no access to email", "limited access to my email",
            "spotty wifi", "i am travelling", "i m travelling", "i am traveling", "i m traveling", "currently travelling",
            "currently traveling", "back in the office", "will return on", "i will be back", "i ll be back", "back on",
            "return on", "returning on", "currently away", "i m away", "i am away", "attending a conference", "away until",
            "out until", "ooo until", "be out of",
            "nicht im buro", "abwesend", "abwesenheit", "im urlaub", "in urlaub", "urlaub bis", "elternzeit", "krankgeschrieben",
            "wieder erreichbar", "wieder im buro", "auf reisen", "dienstreise", "bin unterwegs",
            "absent du bureau", "absente du bureau", "absent jusqu", "absente jusqu", "en conges", "en conge", "en vacances",
            "de retour le", "de retour au bureau", "en deplacement", "a mon retour", "en arret maladie",
            "fuera de la oficina", "de vacaciones", "de baja", "a mi regreso", "a la vuelta", "estoy de viaje", "ausente",
            "fora do escritorio", "de ferias", "estou viajando", "quando voltar", "retorno no dia", "de licenca", "ausencia",
            "afwezig", "met vakantie", "op vakantie", "weer terug", "na mijn terugkomst", "op reis", "niet op kantoor", "met verlof");
    }
}
