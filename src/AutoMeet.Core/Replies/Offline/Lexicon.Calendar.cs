namespace AutoMeet.Replies.Offline;

/// <summary>Cancelling and moving an already scheduled meeting.</summary>
internal sealed partial class Lexicon
{
    private void AddCalendar()
    {
        Add(
            Signal.MeetingNoun, 1,
            "meeting", "call", "demo", "chat", "sync", "appointment", "invite", "invitation", "session", "zoom", "meet",
            "termin", "gesprach", "meeting", "telefonat", "besprechung", "call", "rendez vous", "rdv", "reunion", "appel", "entretien",
            "llamada", "cita", "reunion", "reuniao", "conversa", "ligacao", "afspraak", "gesprek", "vergadering", "belafspraak");

        AddNegatable(
            Signal.Cancel, 1.2f, Signal.None, 0,
            "cancel our", "cancel the", "cancel tomorrow*", "cancel today*", "cancel this", "cancel my", "cancelling the", "canceling the",
            "cancelling our", "canceling our", "cancelling", "canceling", "need to cancel", "have to cancel", "please cancel",
            "scrap the call", "scrap the meeting", "scrap it", "call off", "call it off", "off the calendar", "not do … after all",
            "won t be able to make", "declined this invitation", "has declined", "no longer needed",
            "absagen", "stornieren", "absage", "fallt aus", "findet nicht statt", "annuler", "annule", "annulons", "annulation",
            "cancelar", "cancelemos", "cancelamos", "cancela", "cancele", "anular", "desmarcar", "afzeggen", "annuleren", "afgezegd",
            "gaat niet door",
            "drop the meeting", "drop the call", "cancel on", "cancel for", "going to cancel", "scrap", "scratch the", "scratch our",
            "streichen", "absagen", "on annule", "annul*", "cancelamos", "cancel*", "afzeg*", "afgelast*");
        Add(Signal.CancelWeak, 1, "cancel", "cancelled", "canceled");

        AddNegatable(
            Signal.Reschedule, 1.2f, Signal.Cancel, 0.6f,
            "reschedule", "rescheduling", "resched", "re schedule", "push our", "push the call", "push the meeting", "push it to",
            "move our", "move the call", "move the meeting", "move it to", "bump the", "bump our", "shift our", "shift the",
            "find another time", "find a different time", "new time", "later time", "rain check", "same time tomorrow", "proposed a new time",
            "new time proposed", "30 min later", "minutes later", "have a conflict", "something came up", "pushing our",
            "verschieben", "verlegen", "neue uhrzeit", "neuen termin", "anderen termin", "dazwischengekommen", "decaler", "reporter",
            "deplacer", "un empechement", "autre creneau", "reprogramar", "cambiar la reunion", "cambiar la llamada", "mover la",
            "me surgio", "otro dia", "remarcar", "adiar", "surgiu um imprevisto", "outro horario", "verzetten", "verplaatsen",
            "iets tussengekomen", "ander tijdstip",
            "double booked", "double-booked", "move it", "moving it", "push it", "pushing it", "push back", "bump it",
            "nach hinten", "nach vorne", "schieben", "verschieb*", "verleg*", "deplacer", "decal*", "reprogram*", "remarc*", "adia*",
            "opschuiven", "verzet*", "verplaats*", "een week later");
        Add(Signal.MoveWeak, 0.6f, "instead of", "a later", "an earlier", "mover", "cambiar", "mudar", "trocar");
        Add(Signal.MoveWeak, 0.6f, "push", "move", "bump", "shift", "another time", "different time");
    }
}
