using AutoMeet.Replies;
using AutoMeet.Replies.Availability;
using NodaTime;

namespace AutoMeet.Core.Tests.Replies.Availability;

/// <summary>German, French, Spanish, Portuguese and Dutch phrases, with their ambiguous words.</summary>
public sealed class MultilingualAvailabilityExtractorTests
{
    // Thursday 12 March 2026, 10:00 in the prospect's zone; the host is in New York.
    private static readonly OfflineAvailabilityExtractor Extractor = new();

    private static ExtractedAvailability Extract(string text, string prospect) => Extractor.Extract(new AvailabilityText
    {
        Text = text,
        ReceivedLocal = new LocalDateTime(2026, 3, 12, 10, 0),
        ProspectZone = DateTimeZoneProviders.Tzdb[prospect],
        HostZone = DateTimeZoneProviders.Tzdb["America/New_York"],
    });

    private static string Show(ExtractedAvailability result) =>
        string.Join("; ", result.Windows.Select(w => $"{w.Start:MM-dd HH:mm}-{w.End:HH:mm} {w.ZoneId}"));

    [Theory]
    [InlineData("Dienstag um 15 Uhr", "Europe/Berlin", "03-17 15:00-15:30 Europe/Berlin")]
    [InlineData("dienstag um 15 uhr", "Europe/Berlin", "03-17 15:00-15:30 Europe/Berlin")]
    [InlineData("Mi. zwischen 14 und 16 Uhr", "Europe/Berlin", "03-18 14:00-16:00 Europe/Berlin")]
    [InlineData("Am 17.03. ab 13:30 Uhr", "Europe/Berlin", "03-17 13:30-17:00 Europe/Berlin")]
    [InlineData("Nächsten Montag vormittags", "Europe/Berlin", "03-16 09:00-12:00 Europe/Berlin")]
    [InlineData("naechsten Montag vormittags", "Europe/Berlin", "03-16 09:00-12:00 Europe/Berlin")]
    [InlineData("Mardi à 15h30", "Europe/Paris", "03-17 15:30-16:00 Europe/Paris")]
    [InlineData("mardi a 15h30", "Europe/Paris", "03-17 15:30-16:00 Europe/Paris")]
    [InlineData("Le 3 avril entre 10h et 11h", "Europe/Paris", "04-03 10:00-11:00 Europe/Paris")]
    [InlineData("Miércoles de 2 a 4", "Europe/Madrid", "03-18 14:00-16:00 Europe/Madrid")]
    [InlineData("miercoles de 2 a 4", "Europe/Madrid", "03-18 14:00-16:00 Europe/Madrid")]
    [InlineData("El 3 de abril a las 10", "Europe/Madrid", "04-03 10:00-10:30 Europe/Madrid")]
    [InlineData("Terça-feira às 15h", "Europe/Lisbon", "03-17 15:00-15:30 Europe/Lisbon")]
    [InlineData("terca as 15h", "Europe/Lisbon", "03-17 15:00-15:30 Europe/Lisbon")]
    [InlineData("Woensdag van 2 tot 4", "Europe/Amsterdam", "03-18 14:00-16:00 Europe/Amsterdam")]
    [InlineData("Op 3 april om 10 uur", "Europe/Amsterdam", "04-03 10:00-10:30 Europe/Amsterdam")]
    public void Extract_Phrase_ResolvesWindows(string text, string prospect, string expected)
    {
        var result = Extract(text, prospect);

        Assert.Equal(AvailabilityKind.Windows, result.Kind);
        Assert.Equal(expected, Show(result));
    }

    [Theory]
    [InlineData("Morgen um 10 Uhr", "Europe/Berlin", "03-13 10:00-10:30 Europe/Berlin")] // morgen: tomorrow
    [InlineData("Dienstag Morgen passt", "Europe/Berlin", "03-17 09:00-12:00 Europe/Berlin")] // Morgen after a weekday: morning
    [InlineData("Am Dienstagmorgen", "Europe/Berlin", "03-17 09:00-12:00 Europe/Berlin")]
    [InlineData("Dienstag morgens", "Europe/Berlin", "03-17 09:00-12:00 Europe/Berlin")]
    [InlineData("Morgen ochtend om 9 uur", "Europe/Amsterdam", "03-13 09:00-09:30 Europe/Amsterdam")] // Dutch morgen: tomorrow
    [InlineData("Dinsdag 's morgens", "Europe/Amsterdam", "03-17 09:00-12:00 Europe/Amsterdam")]
    [InlineData("Mañana a las 11", "Europe/Madrid", "03-13 11:00-11:30 Europe/Madrid")] // mañana: tomorrow
    [InlineData("El martes por la mañana", "Europe/Madrid", "03-17 09:00-12:00 Europe/Madrid")] // por la mañana: morning
    [InlineData("Mañana por la mañana", "Europe/Madrid", "03-13 09:00-12:00 Europe/Madrid")]
    [InlineData("Segunda às 10h", "Europe/Lisbon", "03-16 10:00-10:30 Europe/Lisbon")] // segunda: Monday
    public void Extract_AmbiguousWord_ReadsItInContext(string text, string prospect, string expected)
    {
        Assert.Equal(expected, Show(Extract(text, prospect)));
    }

    [Theory]
    [InlineData("É a segunda vez que pergunto, não tenho agenda.", "Europe/Lisbon")] // segunda vez: second time
    [InlineData("Kein Interesse, danke.", "Europe/Berlin")]
    [InlineData("Was machen Sie so?", "Europe/Berlin")] // "so" is not Sonntag
    [InlineData("Envoyez-moi quelques créneaux.", "Europe/Paris")]
    public void Extract_NoOffer_IsNone(string text, string prospect)
    {
        Assert.Equal(AvailabilityKind.None, Extract(text, prospect).Kind);
    }

    [Theory]
    [InlineData("Nächste Woche, außer Freitag", "Europe/Berlin")]
    [InlineData("Nächste Woche, ausser Freitag", "Europe/Berlin")]
    [InlineData("La semaine prochaine sauf vendredi", "Europe/Paris")]
    [InlineData("La semana que viene, excepto el viernes", "Europe/Madrid")]
    [InlineData("Semana que vem, exceto sexta", "Europe/Lisbon")]
    [InlineData("Volgende week, behalve vrijdag", "Europe/Amsterdam")]
    public void Extract_NextWeekExceptFriday_GivesMondayToThursday(string text, string prospect)
    {
        var result = Extract(text, prospect);

        Assert.Equal(["03-16", "03-17", "03-18", "03-19"], result.Windows.Select(w => w.Start.ToString("MM-dd", null)).ToArray());
    }

    [Theory]
    [InlineData("Montag kann ich nicht, Dienstag um 10 Uhr schon.", "Europe/Berlin")]
    [InlineData("Lundi je ne peux pas, mardi à 10h oui.", "Europe/Paris")]
    [InlineData("El lunes no puedo, el martes a las 10 sí.", "Europe/Madrid")]
    [InlineData("Segunda não posso, terça às 10h sim.", "Europe/Lisbon")]
    [InlineData("Maandag kan ik niet, dinsdag om 10 uur wel.", "Europe/Amsterdam")]
    public void Extract_NegationAfterTheDay_RulesTheDayOut(string text, string prospect)
    {
        Assert.Equal($"03-17 10:00-10:30 {prospect}", Show(Extract(text, prospect)));
    }

    [Theory]
    [InlineData("Dienstag um 15 Uhr MEZ", "America/New_York", "03-17 15:00-15:30 Europe/Berlin")]
    [InlineData("Mardi à 15h heure de Paris", "Europe/Paris", "03-17 15:00-15:30 Europe/Paris")]
    [InlineData("El martes a las 10 hora de México", "Europe/Madrid", "03-17 10:00-10:30 America/Mexico_City")]
    [InlineData("Terça às 10h, horário de Brasília", "Europe/Lisbon", "03-17 10:00-10:30 America/Sao_Paulo")]
    [InlineData("Dinsdag om 10 uur mijn tijd", "Europe/Amsterdam", "03-17 10:00-10:30 Europe/Amsterdam")]
    [InlineData("Dienstag um 10 Uhr Ihrer Zeit", "Europe/Berlin", "03-17 10:00-10:30 America/New_York")]
    public void Extract_ZonePhrase_UsesThatZone(string text, string prospect, string expected)
    {
        Assert.Equal(expected, Show(Extract(text, prospect)));
    }

    [Theory]
    [InlineData("Tuesday at 10 am works, danke!")]
    [InlineData("Do you have time Tuesday at 10am?")]
    public void Extract_EnglishWithForeignWord_StaysEnglish(string text)
    {
        Assert.Equal("03-17 10:00-10:30 America/New_York", Show(Extract(text, "America/New_York")));
    }
}
