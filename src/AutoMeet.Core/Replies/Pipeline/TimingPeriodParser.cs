using NodaTime;

namespace AutoMeet.Replies.Pipeline;

/// <summary>
/// Reads the period a "timing" objection names, as the date to come back on. Understood (English, German, French,
/// Spanish, Portuguese, Dutch where noted):
/// <list type="bullet">
/// <item>quarters: "Q3", "Q1 2027", "Q2/27" → the quarter's first day (the next such quarter when no year is given;
/// inside the named quarter, the first day of next month);</item>
/// <item>"next week / month / quarter / year", "new year" and their forms in the other languages ("nächsten Monat",
/// "le mois prochain", "el mes que viene", "próximo ano", "volgend kwartaal" …) → the next Monday, or the first day of the
/// next month, quarter or year;</item>
/// <item>"in 3 weeks", "in a couple of months", "in a few months", "dans 2 mois", "en 3 semanas", "over 2 maanden" →
/// the received date plus that many days, weeks, months or years (a couple = 2, a few = 3);</item>
/// <item>a month after a cue ("in September", "from October", "after March", "mid-May", "end of June", "ab Oktober",
/// "après septembre", "a partir de octubre", "vanaf januari"), optionally with a year → its first day (the 15th for
/// "mid", the 20th for "end of"/"late", the first of the following month for "after"), in the next such month when no
/// year is given;</item>
/// <item>"end of the month" → the first of next month; "end of the year" → 1 December; "after the summer" → 1 September.</item>
/// </list>
/// The first phrase in the text that yields a date after the received date and at most 18 months ahead wins.
/// </summary>
internal static class TimingPeriodParser
{
    private const int MaxTokens = 400;

    private static readonly string[][] NextWeek =
        [["next", "week"], ["nächste", "woche"], ["nachste", "woche"], ["nächsten", "woche"], ["semaine", "prochaine"], ["próxima", "semana"], ["proxima", "semana"], ["volgende", "week"]];

    private static readonly string[][] NextMonth =
        [["next", "month"], ["following", "month"], ["nächsten", "monat"], ["nachsten", "monat"], ["naechsten", "monat"], ["mois", "prochain"], ["próximo", "mes"], ["proximo", "mes"],
         ["mes", "que", "viene"], ["próximo", "mês"], ["proximo", "mês"], ["volgende", "maand"], ["end", "of", "the", "month"], ["end", "of", "month"]];

    private static readonly string[][] NextQuarter =
        [["next", "quarter"], ["nächsten", "quartal"], ["nächstes", "quartal"], ["nachsten", "quartal"], ["nachstes", "quartal"], ["trimestre", "prochain"], ["próximo", "trimestre"],
         ["proximo", "trimestre"], ["volgend", "kwartaal"], ["volgende", "kwartaal"]];

    private static readonly string[][] NextYear =
        [["next", "year"], ["new", "year"], ["nächstes", "jahr"], ["nachstes", "jahr"], ["nächsten", "jahr"], ["neuen", "jahr"], ["année", "prochaine"], ["annee", "prochaine"],
         ["próximo", "año"], ["proximo", "año"], ["proximo", "ano"], ["próximo", "ano"], ["año", "que", "viene"], ["volgend", "jaar"], ["volgende", "jaar"]];

    private static readonly string[][] EndOfYear = [["end", "of", "the", "year"], ["end", "of", "year"], ["end", "of", "this", "year"]];

    private static readonly string[][] AfterSummer = [["after", "the", "summer"], ["after", "summer"], ["nach", "dem", "sommer"], ["après", "l", "été"], ["despues", "del", "verano"], ["después", "del", "verano"]];

    private static readonly HashSet<string> InCues = ["in", "dans", "en", "em", "over", "within"];

    private static readonly HashSet<string> MonthCues =
        ["in", "from", "until", "till", "around", "by", "early", "im", "ab", "anfang", "en", "début", "debut", "dès", "em", "vanaf", "begin", "partir", "desde"];

    private static readonly HashSet<string> AfterCues = ["after", "nach", "après", "apres", "después", "despues", "depois", "na"];
    private static readonly HashSet<string> MidCues = ["mid", "middle", "mitte", "mi", "mediados", "meados", "midden", "half"];
    private static readonly HashSet<string> LateCues = ["late", "end", "ende", "fin", "finales", "fim", "eind", "eand"];
    private static readonly HashSet<string> OfWords = ["of", "de", "d", "van", "des", "du", "do", "del"];

    private static readonly Dictionary<string, int> Months = BuildMonths();

    public static bool TryParse(string text, LocalDate received, out LocalDate resumeOn)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenize(text);
        var latest = received.PlusMonths(18);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryAt(tokens, i, received) is { } date && date > received && date <= latest)
            {
                resumeOn = date;
                return true;
            }
        }

        resumeOn = default;
        return false;
    }

    private static LocalDate? TryAt(List<string> t, int i, LocalDate received)
    {
        return Quarter(t, i, received)
            ?? (Matches(t, i, NextWeek) ? (LocalDate?)received.Next(IsoDayOfWeek.Monday) : null)
            ?? (Matches(t, i, NextMonth) ? (LocalDate?)FirstOfMonth(received).PlusMonths(1) : null)
            ?? (Matches(t, i, NextQuarter) ? (LocalDate?)QuarterStart(received.Year, ((received.Month - 1) / 3) + 1).PlusMonths(3) : null)
            ?? (Matches(t, i, NextYear) ? (LocalDate?)new LocalDate(received.Year + 1, 1, 1) : null)
            ?? (Matches(t, i, EndOfYear) ? (LocalDate?)Next(new LocalDate(received.Year, 12, 1), received) : null)
            ?? (Matches(t, i, AfterSummer) ? (LocalDate?)Next(new LocalDate(received.Year, 9, 1), received) : null)
            ?? InCount(t, i, received)
            ?? Month(t, i, received);
    }

    private static LocalDate? Quarter(List<string> t, int i, LocalDate received)
    {
        if (t[i] is not ['q', >= '1' and <= '4'])
        {
            return null;
        }

        var quarter = t[i][1] - '0';
        if (Year(t, i + 1) is { } year)
        {
            return QuarterStart(year, quarter);
        }

        var start = QuarterStart(received.Year, quarter);
        if (start > received)
        {
            return start;
        }

        return received < start.PlusMonths(3) ? FirstOfMonth(received).PlusMonths(1) : start.PlusYears(1);
    }

    private static LocalDate? InCount(List<string> t, int i, LocalDate received)
    {
        if (!InCues.Contains(t[i]) || i + 2 >= t.Count)
        {
            return null;
        }

        var j = i + 1;
        if (t[j] is "about" or "around" or "etwa" or "environ" or "unos" or "uns" or "ongeveer")
        {
            j++;
        }

        int count;
        if (j + 1 < t.Count && Number(t[j]) is { } n)
        {
            count = n;
            j++;
        }
        else if (j + 2 < t.Count && t[j] == "a" && t[j + 1] is "couple" or "few")
        {
            count = t[j + 1] == "couple" ? 2 : 3;
            j += t[j + 2] == "of" ? 3 : 2;
        }
        else if (t[j] is "a" or "one" or "einem" or "einer" or "un" or "une" or "um" or "uma" or "een")
        {
            count = 1;
            j++;
        }
        else
        {
            return null;
        }

        return j < t.Count ? Unit(t[j], received, count) : null;
    }

    private static LocalDate? Unit(string unit, LocalDate received, int count) => unit switch
    {
        "day" or "days" or "tag" or "tagen" or "jour" or "jours" or "día" or "días" or "dia" or "dias" or "dag" or "dagen" => received.PlusDays(count),
        "week" or "weeks" or "woche" or "wochen" or "semaine" or "semaines" or "semana" or "semanas" or "weken" => received.PlusWeeks(count),
        "month" or "months" or "monat" or "monaten" or "monate" or "mois" or "mes" or "meses" or "mês" or "maand" or "maanden" => received.PlusMonths(count),
        "year" or "years" or "jahr" or "jahren" or "an" or "ans" or "año" or "años" or "ano" or "anos" or "jaar" => received.PlusYears(count),
        _ => null,
    };

    private static LocalDate? Month(List<string> t, int i, LocalDate received)
    {
        if (!Months.TryGetValue(t[i], out var month) || i == 0)
        {
            return null;
        }

        var cue = t[i - 1];
        if (OfWords.Contains(cue) && i >= 2)
        {
            cue = t[i - 2];
        }

        var day = LateCues.Contains(cue) ? 20 : MidCues.Contains(cue) ? 15 : 1;
        var after = AfterCues.Contains(cue);
        if (day == 1 && !after && !MonthCues.Contains(cue))
        {
            return null;
        }

        var date = Year(t, i + 1) is { } year ? new LocalDate(year, month, day) : Next(new LocalDate(received.Year, month, day), received);
        return after ? FirstOfMonth(date).PlusMonths(1) : date;
    }

    private static int? Year(List<string> t, int i)
    {
        if (i >= t.Count || !int.TryParse(t[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return t[i].Length switch
        {
            4 when value is >= 2000 and <= 2100 => value,
            2 => 2000 + value,
            _ => null,
        };
    }

    private static int? Number(string word)
    {
        if (word.Length <= 2 && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value is >= 1 and <= 24 ? value : null;
        }

        return word switch
        {
            "two" or "zwei" or "deux" or "dos" or "dois" or "duas" or "twee" => 2,
            "three" or "drei" or "trois" or "tres" or "três" or "drie" => 3,
            "four" or "vier" or "quatre" or "cuatro" or "quatro" => 4,
            "five" or "fünf" or "cinq" or "cinco" or "vijf" => 5,
            "six" or "sechs" or "seis" or "zes" => 6,
            "eight" => 8,
            "ten" => 10,
            "twelve" => 12,
            _ => null,
        };
    }

    private static bool Matches(List<string> t, int i, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (i + phrase.Length > t.Count)
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < phrase.Length && match; k++)
            {
                match = string.Equals(t[i + k], phrase[k], StringComparison.Ordinal);
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    private static LocalDate Next(LocalDate date, LocalDate received) => date > received ? date : date.PlusYears(1);

    private static LocalDate FirstOfMonth(LocalDate date) => new(date.Year, date.Month, 1);

    private static LocalDate QuarterStart(int year, int quarter) => new(year, ((quarter - 1) * 3) + 1, 1);

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length && tokens.Count < MaxTokens; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                tokens.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return tokens;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "januar", "janvier", "enero", "janeiro", "januari"],
            ["february", "feb", "februar", "février", "fevrier", "febrero", "fevereiro", "februari"],
            ["march", "mar", "märz", "marz", "maerz", "mars", "marzo", "março", "marco", "maart"],
            ["april", "apr", "avril", "abril"],
            ["may", "mai", "mayo", "maio", "mei"],
            ["june", "jun", "juni", "juin", "junio", "junho"],
            ["july", "jul", "juli", "juillet", "julio", "julho"],
            ["august", "aug", "août", "aout", "agosto", "augustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro"],
            ["october", "oct", "oktober", "octobre", "octubre", "outubro"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "dezember", "décembre", "decembre", "diciembre", "dezembro"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < names.Length; m++)
        {
            foreach (var name in names[m])
            {
                months[name] = m + 1;
            }
        }

        return months;
    }
}
