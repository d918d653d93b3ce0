using System.Globalization;
using NodaTime;

namespace AutoMeet.Replies.Availability;

/// <summary>Reads day and time phrases sentence by sentence and combines them into windows.</summary>
internal sealed partial class AvailabilityParser(List<string> tokens, AvailabilityText input)
{
    private static readonly LocalTime DayStart = new(9, 0);
    private static readonly LocalTime DayEnd = new(17, 0);

    private readonly List<object> _items = [];
    private readonly List<(LocalDate Date, LocalTime Start, LocalTime End, DateTimeZone? Zone)> _windows = [];
    private readonly List<(LocalDate Date, LocalTime Start, LocalTime End)> _exclusions = [];
    private readonly LocalDate _today = input.ReceivedLocal.Date;
    private DateTimeZone? _zone;
    private Period _length = Period.FromMinutes(30);
    private bool _excluding;
    private bool _past;
    private bool _ambiguous;
    private List<DayItem> _previousDays = [];

    public ExtractedAvailability Parse()
    {
        var i = 0;
        while (i < tokens.Count)
        {
            i += Step(i);
        }

        FlushSentence();
        return Build();
    }

    private int Step(int i)
    {
        var word = tokens[i];
        if (AvailabilityLexer.IsSentenceEnd(word))
        {
            FlushSentence();
            return 1;
        }

        if (word is "," or "but" or "however" or "though" or "otherwise" or "instead")
        {
            _excluding = false;
            _past = false;
            return 1;
        }

        if (word is "not" or "cant" or "cannot" or "except" or "unavailable" or "busy" or "no" or "neither" or "nor" or "dont" or "wont"
            || (word is "out" && Peek(i + 1) is "on" or "all" or "until" or "till"))
        {
            _excluding = true;
            return 1;
        }

        if (word is "last" or "yesterday" && (word == "yesterday" || Weekday(Peek(i + 1)) > 0 || Peek(i + 1) == "week"))
        {
            _past = true; // a past event: nothing in this clause is offered
            return word == "yesterday" ? 1 : 2;
        }

        if (_past)
        {
            return 1;
        }

        var zoneWords = ZoneNames.TryResolve(tokens, i, input, out var zone);
        if (zoneWords > 0 && zone is not null)
        {
            ApplyZone(zone);
            return zoneWords;
        }

        var used = TryDuration(i);
        if (used == 0)
        {
            used = TryDays(i);
        }

        if (used == 0)
        {
            used = TryTimes(i);
        }

        return Math.Max(used, 1);
    }

    private string Peek(int i) => i >= 0 && i < tokens.Count ? tokens[i] : string.Empty;

    private bool IsNumber(int i, out int value) => int.TryParse(Peek(i), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private void ApplyZone(DateTimeZone zone)
    {
        for (var k = _items.Count - 1; k >= 0; k--)
        {
            if (_items[k] is TimeItem time)
            {
                if (time.Zone is null)
                {
                    time.Zone = zone;
                }

                break;
            }
        }

        _zone ??= zone;
    }

    private void AddDays(List<LocalDate> dates) => _items.Add(new DayItem(dates, _excluding));

    private void AddTime(LocalTime start, LocalTime? end) => _items.Add(new TimeItem(start, end, _excluding));
}
