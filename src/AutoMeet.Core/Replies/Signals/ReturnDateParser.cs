using AutoMeet.Replies.Offline;
using NodaTime;

namespace AutoMeet.Replies.Signals;

/// <summary>
/// Finds the date an away note says its sender is back: "back on Monday", "until March 16", "bis einschließlich 20.03.2026",
/// "jusqu'au 18 mars inclus", "hasta el 15 de marzo", "até 10/04", "tot en met 13 maart", "back in October".
/// </summary>
/// <remarks>"Until X" means back on X; an inclusive marker (einschließlich, inclus, tot en met, through) means back the day
/// after. Dates without a year take the next occurrence after the received date.</remarks>
internal static partial class ReturnDateParser
{
    private const int MaxTokens = 256;
    private const int Lookahead = 9;

    /// <summary>Parses the return date from <paramref name="text"/> (the stripped reply).</summary>
    /// <param name="text">The text.</param>
    /// <param name="received">The received date in the prospect's zone.</param>
    /// <param name="monthFirst">Whether numeric dates are month first (US style).</param>
    /// <param name="date">The return date.</param>
    /// <returns>Whether a return date was found.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, LocalDate received, bool monthFirst, out LocalDate date)
    {
        date = default;
        if (text.IsEmpty)
        {
            return false;
        }

        var length = Math.Min(text.Length, 4096);
        Span<char> folded = length <= 1024 ? stackalloc char[length] : new char[length];
        TextFolder.Fold(text[..length], folded);
        Span<Token> tokens = stackalloc Token[MaxTokens];
        if (TryParseJapanese(folded, text[..length], received, out date))
        {
            return true;
        }

        var count = Tokenizer.Tokenize(folded, tokens);
        tokens = tokens[..count];

        for (var i = 0; i < tokens.Length; i++)
        {
            var word = LexiconMatcher.Slice(folded, tokens[i]);
            if (!IsCue(word))
            {
                continue;
            }

            for (var j = i + 1; j < tokens.Length && j <= i + Lookahead; j++)
            {
                if (TryDateAt(folded, text, tokens, j, received, monthFirst, out var found, out var end))
                {
                    date = IsInclusive(folded, tokens, i, end) ? found.PlusDays(1) : found;
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsCue(ReadOnlySpan<char> word) => word is "until" or "till" or "til" or "through" or "thru" or "back"
        or "return" or "returning" or "returns" or "bis" or "ab" or "wieder" or "jusqu" or "retour" or "hasta" or "regreso"
        or "vuelta" or "ate" or "retorno" or "volto" or "tot" or "terug" or "reviens" or "reviendrai" or "regreso";

    private static bool IsInclusive(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int cue, int end)
    {
        var cueWord = LexiconMatcher.Slice(folded, tokens[cue]);
        if (cueWord is "through" or "thru" || (cueWord is "tot" && cue + 2 < tokens.Length && LexiconMatcher.Slice(folded, tokens[cue + 2]) is "met"))
        {
            return true;
        }

        for (var k = cue + 1; k < tokens.Length && k <= end + 1; k++)
        {
            if (LexiconMatcher.Slice(folded, tokens[k]) is "einschlieslich" or "inclus" or "incluse" or "inclusive" or "incl" or "inclusief" or "inclusivo" or "inclusive")
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryDateAt(ReadOnlySpan<char> folded, ReadOnlySpan<char> original, ReadOnlySpan<Token> tokens, int i, LocalDate received, bool monthFirst, out LocalDate date, out int end)
    {
        date = default;
        end = i;
        if (i >= tokens.Length)
        {
            return false;
        }

        var word = LexiconMatcher.Slice(folded, tokens[i]);
        if (word is "tomorrow" or "morgen" or "demain" or "manana" or "amanha")
        {
            date = received.PlusDays(1);
            return true;
        }

        if (word is "next" or "nachste" or "nachsten" or "prochaine" or "proxima" or "volgende" && i + 1 < tokens.Length
            && LexiconMatcher.Slice(folded, tokens[i + 1]) is "week" or "woche" or "semaine" or "semana")
        {
            date = received.Next(IsoDayOfWeek.Monday);
            end = i + 1;
            return true;
        }

        var weekday = CalendarWords.Weekday(word);
        if (weekday > 0)
        {
            // "Monday, March 16" / "lundi 9 mars": prefer the full date that follows the weekday.
            if (i + 1 < tokens.Length && TryDateAt(folded, original, tokens, NextNonBreak(folded, tokens, i + 1), received, monthFirst, out date, out end) && CalendarWords.Weekday(LexiconMatcher.Slice(folded, tokens[end])) == 0)
            {
                return true;
            }

            date = received.Next((IsoDayOfWeek)weekday);
            end = i;
            return true;
        }

        var month = CalendarWords.Month(word);
        if (month > 0)
        {
            // "March 16", "Sept 1", or a bare month ("in October").
            if (i + 1 < tokens.Length && TryDay(LexiconMatcher.Slice(folded, tokens[i + 1]), out var day))
            {
                end = i + 1;
                return TryBuild(received, month, day, YearAfter(folded, tokens, i + 2), out date);
            }

            if (word.Length >= 4)
            {
                end = i;
                return TryBuild(received, month, 1, null, out date);
            }

            return false;
        }

        if (!TryDay(word, out var first))
        {
            return false;
        }

        // "16 March", "15 de marzo", "2. März", "13 maart".
        var k = i + 1;
        while (k < tokens.Length && (tokens[k].IsBreak(folded) || LexiconMatcher.Slice(folded, tokens[k]) is "de" or "of"))
        {
            k++;
        }

        if (k < tokens.Length && k <= i + 3)
        {
            var namedMonth = CalendarWords.Month(LexiconMatcher.Slice(folded, tokens[k]));
            if (namedMonth > 0)
            {
                end = k;
                return TryBuild(received, namedMonth, first, YearAfter(folded, tokens, k + 1), out date);
            }
        }

        // Numeric: "20.03.2026", "3/23", "10/04".
        var afterFirst = tokens[i].Start + tokens[i].Length;
        if (afterFirst < original.Length && original[afterFirst] is '.' or '/' or '-')
        {
            var secondIndex = NextNonBreak(folded, tokens, i + 1);
            if (secondIndex < tokens.Length && tokens[secondIndex].Start == afterFirst + 1 && TryDay(LexiconMatcher.Slice(folded, tokens[secondIndex]), out var second))
            {
                end = secondIndex;
                int? year = null;
                var afterSecond = tokens[secondIndex].Start + tokens[secondIndex].Length;
                var yearIndex = NextNonBreak(folded, tokens, secondIndex + 1);
                if (afterSecond < original.Length && original[afterSecond] is '.' or '/' or '-' && yearIndex < tokens.Length
                    && tokens[yearIndex].Start == afterSecond + 1 && int.TryParse(LexiconMatcher.Slice(folded, tokens[yearIndex]), out var y))
                {
                    year = y < 100 ? 2000 + y : y;
                    end = yearIndex;
                }

                var (m, d) = monthFirst ? (first, second) : (second, first);
                if (m > 12 && d <= 12)
                {
                    (m, d) = (d, m);
                }

                return m is >= 1 and <= 12 && TryBuild(received, m, d, year, out date);
            }
        }

        // "the 14th" / "on the 2nd": a day of month alone, with an ordinal suffix.
        if (word.Length > 2 && (word.EndsWith("th") || word.EndsWith("st") || word.EndsWith("nd") || word.EndsWith("rd")))
        {
            var candidate = received.With(DateAdjusters.StartOfMonth);
            for (var step = 0; step < 3; step++, candidate = candidate.PlusMonths(1))
            {
                if (first <= CalendarSystem.Iso.GetDaysInMonth(candidate.Year, candidate.Month))
                {
                    var next = new LocalDate(candidate.Year, candidate.Month, first);
                    if (next > received)
                    {
                        date = next;
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static int NextNonBreak(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int index)
    {
        while (index < tokens.Length && tokens[index].IsBreak(folded))
        {
            index++;
        }

        return index;
    }

    private static int? YearAfter(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int index)
    {
        index = NextNonBreak(folded, tokens, index);
        if (index < tokens.Length && LexiconMatcher.Slice(folded, tokens[index]) is { Length: 4 } word && int.TryParse(word, out var year) && year is > 2000 and < 2100)
        {
            return year;
        }

        return null;
    }

    // A day of month 1–31, optionally with an ordinal suffix ("14th", "1st").
    private static bool TryDay(ReadOnlySpan<char> word, out int day)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        day = 0;
        if (digits is 0 or > 2 || (digits < word.Length && word[digits..] is not ("th" or "st" or "nd" or "rd" or "e" or "er" or "o" or "a")))
        {
            return false;
        }

        day = int.Parse(word[..digits], System.Globalization.CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31;
    }

    private static bool TryBuild(LocalDate received, int month, int day, int? year, out LocalDate date)
    {
        date = default;
        var y = year ?? received.Year;
        if (day > CalendarSystem.Iso.GetDaysInMonth(y, month))
        {
            return false;
        }

        date = new LocalDate(y, month, day);
        if (year is null && date < received)
        {
            if (day > CalendarSystem.Iso.GetDaysInMonth(y + 1, month))
            {
                return false;
            }

            date = new LocalDate(y + 1, month, day);
        }

        return true;
    }
}
