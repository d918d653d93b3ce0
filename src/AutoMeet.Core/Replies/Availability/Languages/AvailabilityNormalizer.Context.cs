using System.Globalization;

namespace AutoMeet.Replies.Availability.Languages;

/// <summary>The context rules that word-for-word rewriting cannot express.</summary>
internal static partial class AvailabilityNormalizer
{
    private static List<string> Resolve(List<string> tokens, LanguageTable table)
    {
        var result = new List<string>(tokens.Count + 4);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var previous = result.Count > 0 ? result[^1] : string.Empty;
            switch (token)
            {
                // "17. März": the dot after a day number is not a sentence end.
                case "." when IsDigits(previous) && i + 1 < tokens.Count && Months.Contains(tokens[i + 1]):
                    continue;

                // German/Dutch "morgen": morning after "am", "heute" or a weekday ("Dienstag Morgen"), else tomorrow.
                case "_morgen":
                    result.Add(previous is "_day" or "today" || Weekdays.Contains(previous) ? "morning" : "tomorrow");
                    continue;

                // "à/a/às": "to" after "from 9h" ("de 9h à 10h"), else "at".
                case "_at":
                    result.Add(IsTimeEnd(previous) && RecentCue(result) ? "to" : "at");
                    continue;

                // "halb drei" / "half elf": half an hour before the hour.
                case "_half" when i + 1 < tokens.Count && HourWord(tokens[i + 1], table) is > 1 and var hour:
                    result.Add((hour - 1).ToString(CultureInfo.InvariantCulture));
                    result.Add(":");
                    result.Add("30");
                    i++;
                    continue;
                case "_half":
                    continue;

                // "mardi prochain", "el martes que viene", "terça que vem": the marker moves before the weekday.
                case "_next" or "_last":
                    if (Weekdays.Contains(previous))
                    {
                        result.Insert(result.Count - 1, token == "_next" ? "next" : "last");
                    }

                    continue;

                default:
                    break;
            }

            // A day number after a weekday or "am/le/el/dia/op" with no month: "the N th" ("Lundi 16", "el 20 a las 9").
            if (IsDigits(token) && token.Length <= 2 && (previous == "_day" || Weekdays.Contains(previous) || (previous == "," && result.Count > 1 && Weekdays.Contains(result[^2])))
                && IsDayOfMonth(token) && !ContinuesTimeOrDate(tokens, i + 1))
            {
                result.Add("the");
                result.Add(token);
                result.Add("th");
                continue;
            }

            result.Add(token);
        }

        result.RemoveAll(t => t == "_day");
        MergeNextWeekWeekday(result);
        MoveNegations(result);
        return result;
    }

    private static bool IsTimeEnd(string token) => IsDigits(token) || token is "oclock" or "am" or "pm" or "noon";

    private static bool RecentCue(List<string> result)
    {
        for (var k = result.Count - 1; k >= 0 && k >= result.Count - 5; k--)
        {
            if (result[k] is "from" or "between")
            {
                return true;
            }
        }

        return false;
    }

    private static int HourWord(string word, LanguageTable table) =>
        IsDigits(word) && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 12 ? n
            : table.NumberWords.TryGetValue(word, out var value) ? value : 0;

    private static bool IsDayOfMonth(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31;

    // After the number: a clock time ("15 oclock", "9 - 10", "14 : 30"), a month ("17 march") or a numeric date ("17 . 3").
    private static bool ContinuesTimeOrDate(List<string> tokens, int next)
    {
        if (next >= tokens.Count)
        {
            return false;
        }

        var word = tokens[next];
        return word is ":" or "oclock" or "am" or "pm" or "h" or "-" or "to" or "until" or "or" or "and" or "/" or "of" or "_at" or "hours" or "minutes"
            || Months.Contains(word)
            || (word == "." && next + 1 < tokens.Count && (IsDigits(tokens[next + 1]) || Months.Contains(tokens[next + 1])));
    }

    // "nächste Woche Dienstag" / "Dienstag nächste Woche" / "volgende week woensdag": that weekday of next week.
    private static void MergeNextWeekWeekday(List<string> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i] == "next" && tokens[i + 1] == "week" && Weekdays.Contains(tokens[i + 2]))
            {
                tokens.RemoveAt(i + 1);
            }
            else if (Weekdays.Contains(tokens[i]) && tokens[i + 1] == "next" && tokens[i + 2] == "week")
            {
                tokens[i + 1] = tokens[i];
                tokens[i] = "next";
                tokens.RemoveAt(i + 2);
            }
        }
    }

    // "Montag geht nicht", "el lunes no puedo", "lundi je ne peux pas": the negation after the day rules out the clause.
    private static void MoveNegations(List<string> tokens)
    {
        var clauseStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token is "," or "." or ";" or "?" or "!" or "but" or "otherwise")
            {
                clauseStart = i + 1;
                continue;
            }

            if (token is "_not" or "_busy")
            {
                tokens.RemoveAt(i);
                tokens.Insert(clauseStart, token == "_not" ? "not" : "busy");
            }
        }
    }
}
