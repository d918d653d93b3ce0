using AutoMeet.Replies.Offline;
using NodaTime;

namespace AutoMeet.Replies.Signals;

/// <summary>
/// Japanese away notes: the date comes first and the cue after it. "3月23日に戻ります", "16日(月)に出社予定",
/// "3/23以降、順次ご返信" and "来週月曜日より復帰" mean back on that day; "3月22日まで不在" (まで, inclusive) means back
/// the day after; a start date ("3月12日から…") is skipped. Numeric dates are month first, as written in Japan.
/// </summary>
internal static partial class ReturnDateParser
{
    private static readonly string[] BackOnCues =
    [
        "に戻", "には戻", "から戻", "より戻", "に出社", "から出社", "より出社", "に復帰", "から復帰", "より復帰", "以降", "から通常",
        "より通常", "に帰社", "から業務", "より業務", "から対応", "より対応", "に帰国", "から勤務", "より勤務", "までに戻",
    ];

    private static bool TryParseJapanese(ReadOnlySpan<char> folded, ReadOnlySpan<char> original, LocalDate received, out LocalDate date)
    {
        date = default;
        if (!folded.ContainsAnyInRange('\u3040', '\u9FFF'))
        {
            return false;
        }

        for (var i = 0; i < folded.Length; i++)
        {
            if (!TryJapaneseDateAt(folded, original, i, received, out var found, out var end))
            {
                continue;
            }

            var after = SkipWeekdayNote(folded, end);
            var rest = folded[after..];
            if (rest.StartsWith("まで", StringComparison.Ordinal) && !rest.StartsWith("までに", StringComparison.Ordinal))
            {
                date = found.PlusDays(1); // "3月22日まで不在": away through the 22nd
                return true;
            }

            foreach (var cue in BackOnCues)
            {
                if (rest.StartsWith(cue, StringComparison.Ordinal))
                {
                    date = found;
                    return true;
                }
            }

            i = Math.Max(i, end - 1);
        }

        return false;
    }

    // "3月23日", "3/23", "23日", "明日", "明後日", "週明け", "(来週)月曜日"; end is the index after the expression.
    private static bool TryJapaneseDateAt(ReadOnlySpan<char> folded, ReadOnlySpan<char> original, int i, LocalDate received, out LocalDate date, out int end)
    {
        date = default;
        end = i;
        var rest = folded[i..];
        if (rest.StartsWith("明後日", StringComparison.Ordinal) || rest.StartsWith("あさって", StringComparison.Ordinal))
        {
            date = received.PlusDays(2);
            end = i + (rest[0] == '明' ? 3 : 4);
            return true;
        }

        if (rest.StartsWith("明日", StringComparison.Ordinal))
        {
            date = received.PlusDays(1);
            end = i + 2;
            return true;
        }

        if (rest.StartsWith("週明け", StringComparison.Ordinal))
        {
            date = received.Next(IsoDayOfWeek.Monday);
            end = i + 3;
            return true;
        }

        var nextWeek = rest.StartsWith("来週", StringComparison.Ordinal);
        var at = nextWeek ? i + (rest.Length > 2 && rest[2] == 'の' ? 3 : 2) : i;
        if (at + 1 < folded.Length && folded[at + 1] == '曜' && JapaneseWeekday(folded[at]) is > 0 and var weekday)
        {
            date = nextWeek
                ? received.Next(IsoDayOfWeek.Monday).PlusDays(weekday - 1)
                : received.Next((IsoDayOfWeek)weekday);
            end = at + 2 + (at + 2 < folded.Length && folded[at + 2] == '日' ? 1 : 0);
            return true;
        }

        if (nextWeek && rest.Length > 2 && !char.IsAsciiDigit(rest[2]))
        {
            date = received.Next(IsoDayOfWeek.Monday);
            end = i + 2;
            return true;
        }

        if (!char.IsAsciiDigit(folded[i]) || (i > 0 && char.IsAsciiDigit(folded[i - 1])))
        {
            return false;
        }

        var first = ReadNumber(folded, i, out var afterFirst);
        if (afterFirst < folded.Length && folded[afterFirst] == '月' && afterFirst + 1 < folded.Length && char.IsAsciiDigit(folded[afterFirst + 1]))
        {
            var day = ReadNumber(folded, afterFirst + 1, out var afterDay);
            end = afterDay < folded.Length && folded[afterDay] == '日' ? afterDay + 1 : afterDay;
            return first is >= 1 and <= 12 && TryBuild(received, first, day, null, out date);
        }

        if (afterFirst + 1 < folded.Length && original[afterFirst] is '/' or '／' && char.IsAsciiDigit(folded[afterFirst + 1]))
        {
            var day = ReadNumber(folded, afterFirst + 1, out end);
            return first is >= 1 and <= 12 && TryBuild(received, first, day, null, out date);
        }

        if (afterFirst < folded.Length && folded[afterFirst] == '日' && first is >= 1 and <= 31)
        {
            end = afterFirst + 1;
            var candidate = received.PlusDays(1);
            for (var k = 0; k < 62; k++, candidate = candidate.PlusDays(1))
            {
                if (candidate.Day == first)
                {
                    date = candidate;
                    return true;
                }
            }
        }

        return false;
    }

    // "(月)", "（月）", " 月曜日": a weekday note after the date.
    private static int SkipWeekdayNote(ReadOnlySpan<char> folded, int end)
    {
        var k = end;
        while (k < folded.Length && folded[k] == ' ')
        {
            k++;
        }

        if (k + 1 < folded.Length && JapaneseWeekday(folded[k]) > 0 && (folded[k + 1] == ' ' || folded[k + 1] == '曜'))
        {
            k++;
            while (k < folded.Length && folded[k] is ' ' or '曜' or '日')
            {
                k++;
            }
        }

        return k;
    }

    private static int JapaneseWeekday(char c) => c switch
    {
        '月' => 1,
        '火' => 2,
        '水' => 3,
        '木' => 4,
        '金' => 5,
        '土' => 6,
        '日' => 7,
        _ => 0,
    };

    private static int ReadNumber(ReadOnlySpan<char> folded, int start, out int end)
    {
        var value = 0;
        end = start;
        while (end < folded.Length && end - start < 4 && char.IsAsciiDigit(folded[end]))
        {
            value = (value * 10) + (folded[end] - '0');
            end++;
        }

        return value;
    }
}
