namespace AutoMeet.Replies.Availability.Languages;

/// <summary>
/// Japanese availability words. Japanese has no spaces, so the lexer makes each kana or kanji its own token and the rules
/// are written as character sequences (spaced out by <see cref="Spaced"/>); applied longest first, they segment the text.
/// Particles that follow what they govern ("14時から", "13時以降", "12時まで", "金曜以外") become markers that
/// <see cref="AvailabilityNormalizer"/> moves in front of the time or day before them.
/// </summary>
internal static class JapaneseAvailability
{
    private static readonly (string Kanji, string Day)[] Weekdays =
    [
        ("月", "monday"), ("火", "tuesday"), ("水", "wednesday"), ("木", "thursday"), ("金", "friday"), ("土", "saturday"), ("日", "sunday"),
    ];

    /// <summary>Gets the English month names, January first.</summary>
    public static IReadOnlyList<string> MonthNames { get; } =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>Gets the table.</summary>
    public static LanguageTable Table { get; } = new(
        "ja",
        Rules().Select(Spaced),
        [],
        clockRules: ClockRules().Select(Spaced));

    /// <summary>Gets the English weekday a weekday kanji ("水" in "(水)") stands for, or null.</summary>
    public static string? WeekdayOf(char kanji)
    {
        foreach (var (k, day) in Weekdays)
        {
            if (k[0] == kanji)
            {
                return day;
            }
        }

        return null;
    }

    // "_t" marks a clock time (it becomes "at" unless a preposition or range sign precedes it); 3時 keeps the bare-hour rule.
    private static IEnumerable<string> ClockRules() =>
    [
        "午後#時#分 => _t # : # pm", "午後#時半 => _t # : 30 pm", "午後#時 => _t # pm", "午後# : # => _t # : # pm",
        "午前#時#分 => _t # : # am", "午前#時半 => _t # : 30 am", "午前#時 => _t # am", "午前# : # => _t # : # am",
        "夜#時 => _t # pm", "朝#時半 => _t # : 30 am", "朝#時 => _t # am",
        "#時#分 => _t # : #", "#時半 => _t # : 30", "#時 => _t #", "# : # => _t # : #",
        "1時間半 => for 90 minutes", "1時間 => for an hour", "#時間 => for # hours", "#分間 => # minutes", "#分 => # minutes",
    ];

    private static IEnumerable<string> Rules()
    {
        foreach (var (kanji, day) in Weekdays)
        {
            yield return $"{kanji}曜日 => {day}";
            yield return $"{kanji}曜 => {day}";
        }

        foreach (var rule in (string[])
        [
            "#月#日 => _month # #", "#日 => the # th", "# / # => # / #",
            "今日 => today", "本日 => today", "明日 => tomorrow", "あした => tomorrow", "明後日 => day after tomorrow",
            "あさって => day after tomorrow", "昨日 => yesterday", "先週 => last week", "来週 => next week", "今週 => this week",
            "再来週 => in 2 weeks", "週明け => next monday", "来月初め => early next month", "来月上旬 => early next month",
            "午前中 => morning", "午前 => morning", "朝 => morning", "朝一 => morning", "午後 => afternoon", "昼過ぎ => after lunch",
            "昼食後 => after lunch", "お昼 => lunch", "昼 => lunch", "正午 => noon", "夕方 => end of day", "終業前 => end of day",
            "終日 => all day", "一日中 => all day", "いつでも => anytime", "何時でも => anytime", "どこでも => anytime",
            "から => _from", "より => _from", "以降 => _after", "以後 => _after", "まで => _until", "以前 => _before",
            "前 => _before", "以外 => _except", "を除 => _except", "除いて => _except",
            "または => or", "もしくは => or", "あるいは => or", "か => _or", "と => _and", "や => _or",
            "難しい => _not", "難しく => _not", "むずかしい => _not", "都合が悪 => _not", "都合がつきません => _not", "都合がつかない => _not",
            "無理 => _not", "ダメ => _not", "だめ => _not", "不可 => _not", "ng => _not", "厳しい => _not", "空いていません => _not",
            "埋まって => _busy", "予定が入って => _busy", "先約 => _busy", "不在 => _busy", "出張 => _busy", "休み => _busy",
            "日本時間 => tz=Asia/Tokyo", "jst => tz=Asia/Tokyo", "東京時間 => tz=Asia/Tokyo", "そちらの時間 => your time",
            "そちら時間 => your time", "御社の時間 => your time", "貴社の時間 => your time", "こちらの時間 => my time",
            "現地時間 => my time", "米国東部時間 => tz=America/New_York", "東部時間 => tz=America/New_York",
            "太平洋時間 => tz=America/Los_Angeles", "ロンドン時間 => tz=Europe/London", "ですが => but", "けど => but",
        ])
        {
            yield return rule;
        }
    }

    // "午後#時 => …" becomes "午 後 # 時 => …": each kana or kanji, each "#", and each other run is one pattern word.
    private static string Spaced(string rule)
    {
        var arrow = rule.IndexOf("=>", StringComparison.Ordinal);
        var lhs = rule[..arrow].Trim();
        var words = new List<string>();
        var run = new System.Text.StringBuilder();
        foreach (var c in lhs)
        {
            if (Offline.JapaneseText.IsCjk(c) || c is '#' or ' ' or '/' or ':')
            {
                if (run.Length > 0)
                {
                    words.Add(run.ToString());
                    run.Clear();
                }

                if (c != ' ')
                {
                    words.Add(c.ToString());
                }
            }
            else
            {
                run.Append(c);
            }
        }

        if (run.Length > 0)
        {
            words.Add(run.ToString());
        }

        return string.Join(' ', words) + " " + rule[arrow..];
    }
}
