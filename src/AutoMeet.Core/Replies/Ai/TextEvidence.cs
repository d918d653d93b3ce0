using System.Globalization;
using System.Text;
using NodaTime;

namespace AutoMeet.Replies.Ai;

/// <summary>
/// The day and time words of a reply (English, German, French, Spanish, Portuguese, Dutch), used to check that a window
/// the model returned is backed by what the text says: its weekday, day of month or month is named or a relative day
/// word points to it, and one of its hours or a part of the day is named.
/// </summary>
internal sealed class TextEvidence
{
    private static readonly string[][] Weekdays =
    [
        [],
        ["monday", "mon", "montag", "lundi", "lunes", "segunda", "maandag", "ma"],
        ["tuesday", "tue", "tues", "dienstag", "mardi", "martes", "terca", "dinsdag", "di"],
        ["wednesday", "wed", "mittwoch", "mercredi", "miercoles", "quarta", "woensdag", "wo"],
        ["thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves", "quinta", "donderdag"],
        ["friday", "fri", "freitag", "vendredi", "viernes", "sexta", "vrijdag", "vr"],
        ["saturday", "sat", "samstag", "sonnabend", "samedi", "sabado", "zaterdag"],
        ["sunday", "sun", "sonntag", "dimanche", "domingo", "zondag"],
    ];

    private static readonly string[][] Months =
    [
        [],
        ["january", "jan", "januar", "janvier", "enero", "janeiro", "januari"],
        ["february", "feb", "februar", "fevrier", "febrero", "fevereiro", "februari"],
        ["march", "mar", "marz", "maerz", "mars", "marzo", "marco", "maart"],
        ["april", "apr", "avril", "abril"],
        ["may", "mai", "mayo", "maio", "mei"],
        ["june", "jun", "juni", "juin", "junio", "junho"],
        ["july", "jul", "juli", "juillet", "julio", "julho"],
        ["august", "aug", "aout", "agosto", "augustus"],
        ["september", "sep", "sept", "septembre", "septiembre", "setembro"],
        ["october", "oct", "oktober", "octobre", "octubre", "outubro"],
        ["november", "nov", "novembre", "noviembre", "novembro"],
        ["december", "dec", "dezember", "decembre", "diciembre", "dezembro"],
    ];

    private static readonly HashSet<string> Tomorrow = ["tomorrow", "tmrw", "morgen", "demain", "manana", "amanha"];
    private static readonly HashSet<string> Today = ["today", "heute", "aujourd", "hoy", "hoje", "vandaag", "tonight"];
    private static readonly HashSet<string> DayAfterTomorrow = ["ubermorgen", "uebermorgen", "overmorgen"];
    private static readonly HashSet<string> WeekWords = ["week", "weeks", "woche", "wochen", "semaine", "semaines", "semana", "semanas", "weekdays", "werktag", "werktage"];
    private static readonly HashSet<string> MonthWords = ["month", "monat", "mois", "mes", "mês", "maand"];
    private static readonly HashSet<string> DayParts =
    [
        "morning", "mornings", "afternoon", "afternoons", "lunch", "lunchtime", "noon", "midday", "evening", "eod", "anytime", "allday",
        "vormittag", "vormittags", "morgens", "nachmittag", "nachmittags", "mittag", "mittags", "abend", "abends", "ganztagig",
        "matin", "matinee", "apres", "midi", "soir", "soiree", "journee",
        "tarde", "mediodia", "almuerzo", "manha", "almoco",
        "ochtend", "middag", "avond", "lunchtijd",
    ];

    private readonly HashSet<string> _words;
    private readonly HashSet<int> _numbers;

    private TextEvidence(HashSet<string> words, HashSet<int> numbers)
    {
        _words = words;
        _numbers = numbers;
    }

    /// <summary>Gets the folded words (lowercase, accents removed) of the text.</summary>
    public IReadOnlySet<string> Words => _words;

    public static TextEvidence Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<int>();
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                Add(folded[start..i], words, numbers);
                start = -1;
            }
        }

        return new TextEvidence(words, numbers);
    }

    /// <summary>Gets whether the text names or points to <paramref name="date"/>.</summary>
    public bool NamesDay(LocalDate date, LocalDate received)
    {
        var weekday = (int)date.DayOfWeek;
        var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        var daysAhead = Period.Between(received, date, PeriodUnits.Days).Days;
        return Any(Weekdays[weekday])
            || (_numbers.Contains(date.Day) && (daysAhead <= 62 || Any(Months[date.Month])))
            || (daysAhead == 0 && _words.Overlaps(Today))
            || (daysAhead == 1 && _words.Overlaps(Tomorrow))
            || (daysAhead == 2 && _words.Overlaps(DayAfterTomorrow))
            || (!weekend && daysAhead <= 21 && _words.Overlaps(WeekWords))
            || (!weekend && daysAhead <= 62 && (_words.Overlaps(MonthWords) || Any(Months[date.Month])));
    }

    /// <summary>Gets whether the text names the window's start or end hour (12- or 24-hour form) or a part of the day,
    /// or the window is the whole working day (09:00–17:00) that a day named with no time means.</summary>
    public bool NamesTime(LocalTime start, LocalTime end)
    {
        if (start == new LocalTime(9, 0) && end == new LocalTime(17, 0))
        {
            return true;
        }

        return NamesHour(start.Hour) || NamesHour(end.Hour) || _words.Overlaps(DayParts);
    }

    private bool NamesHour(int hour) => _numbers.Contains(hour) || _numbers.Contains(hour % 12 == 0 ? 12 : hour % 12) || _numbers.Contains(hour * 100);

    private bool Any(string[] names)
    {
        foreach (var name in names)
        {
            if (_words.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(string token, HashSet<string> words, HashSet<int> numbers)
    {
        // "2pm", "14h", "10am", "19th", "3.30": split a leading number from its suffix.
        var digits = 0;
        while (digits < token.Length && char.IsAsciiDigit(token[digits]))
        {
            digits++;
        }

        if (digits is > 0 and <= 4 && int.TryParse(token.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            numbers.Add(number);
            if (digits > 2 && number % 100 < 60)
            {
                numbers.Add(number / 100); // "1430" → 14
            }
        }

        words.Add(digits == 0 ? token : token[digits..]);
        words.Add(token);
    }

    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
