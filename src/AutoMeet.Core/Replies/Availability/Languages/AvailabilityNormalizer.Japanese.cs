using AutoMeet.Replies.Offline;

namespace AutoMeet.Replies.Availability.Languages;

/// <summary>Japanese word order: particles follow what they govern, so they move in front of it.</summary>
internal static partial class AvailabilityNormalizer
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "at", "from", "to", "after", "before", "between", "until", "-", "around", "except", "or", "and",
    };

    /// <summary>
    /// Resolves the Japanese markers: "_t" (a clock time) becomes "at" unless a preposition or range sign precedes it;
    /// "_from"/"_until"/"_after"/"_before" move before the time they follow ("14時から16時まで" → "from 14 to 16",
    /// "13時以降" → "after 13", "12時まで" → "before 12", a lone "15時から" is a start time); "_except" moves before the
    /// day or time it follows ("金曜以外" → "except friday"); "_or"/"_and" ("か", "と") count only between two days or
    /// times; leftover kana and kanji are dropped; "いつでも" (anytime) with no day named is dropped ("I'm flexible").
    /// </summary>
    private static List<string> ResolveJapanese(List<string> tokens)
    {
        var result = new List<string>(tokens.Count);
        var fromInClause = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var previous = result.Count > 0 ? result[^1] : string.Empty;
            switch (token)
            {
                case "_t":
                    if (!Prepositions.Contains(previous))
                    {
                        result.Add("at");
                    }

                    continue;
                case "_from":
                    var start = TimeGroupStart(result);
                    if (start < 0)
                    {
                        continue;
                    }

                    var rangeFollows = i + 1 < tokens.Count && (tokens[i + 1] == "_t" || IsDigits(tokens[i + 1]));
                    if (rangeFollows)
                    {
                        result[start] = "from";
                        result.Add("to");
                        fromInClause = true;
                    }

                    continue;
                case "_until" or "_before" or "_after":
                    var group = TimeGroupStart(result);
                    if (token == "_until" && fromInClause)
                    {
                        continue;
                    }

                    if (group >= 0)
                    {
                        result[group] = token == "_after" ? "after" : "before";
                    }

                    continue;
                case "_except":
                    var day = DayGroupStart(result);
                    if (day >= 0)
                    {
                        result.Insert(day, "except");
                    }

                    continue;
                case "_month":
                    // "3月19日" → "march 19"; the numbers follow the marker.
                    if (i + 2 < tokens.Count && int.TryParse(tokens[i + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month)
                        && month is >= 1 and <= 12)
                    {
                        result.Add(JapaneseAvailability.MonthNames[month - 1]);
                        result.Add(tokens[i + 2]);
                        i += 2;
                    }

                    continue;
                case "_or" or "_and":
                    var next = i + 1 < tokens.Count ? tokens[i + 1] : string.Empty;
                    if (IsDayOrTime(previous) && (IsDayOrTime(next) || next == "_t"))
                    {
                        result.Add(token == "_or" ? "or" : "and");
                    }

                    continue;
                case "," or "." or "?" or "!" or "but":
                    fromInClause = false;
                    break;
                default:
                    if (token.Length == 1 && JapaneseText.IsCjk(token[0]))
                    {
                        continue; // particles and words no rule knows
                    }

                    break;
            }

            result.Add(token);
        }

        // "いつでも大丈夫です" with no day named is "I'm flexible": nothing to extract.
        if (!result.Exists(t => IsDayOrTime(t) || t == "week"))
        {
            result.Remove("anytime");
        }

        return result;
    }

    // The index of the "at" that opens the clock time just before the end ("at 13", "at 2 : 30 pm"), or -1.
    private static int TimeGroupStart(List<string> result)
    {
        for (var k = result.Count - 1; k >= 0 && k >= result.Count - 6; k--)
        {
            var token = result[k];
            if (token == "at")
            {
                return k;
            }

            if (!IsDigits(token) && token is not (":" or "am" or "pm"))
            {
                return -1;
            }
        }

        return -1;
    }

    // Where the day (and its part or time) before the end starts: "friday", "the 19 th", "monday afternoon"; "next week"
    // stays outside ("来週は金曜以外" → "next week except friday").
    private static int DayGroupStart(List<string> result)
    {
        var k = result.Count;
        while (k > 0 && result[k - 1] != "week" && (IsDayOrTime(result[k - 1]) || result[k - 1] is "the" or "next" or "this" or ":" or "at" or "end" or "of"))
        {
            k--;
        }

        return k < result.Count ? k : -1;
    }

    private static bool IsDayOrTime(string token) => IsDigits(token) || Weekdays.Contains(token) || Months.Contains(token)
        || token is "tomorrow" or "today" or "morning" or "afternoon" or "lunch" or "day" or "th" or "am" or "pm" or "noon";
}
