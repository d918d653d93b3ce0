using NodaTime;

namespace AutoMeet.Sequences.Internal;

/// <summary>Caches zone and holiday look-ups for the duration of one planning call, with a fast path for runs of the same locale.</summary>
internal sealed class LocaleCache(PlanningContext context)
{
    private Dictionary<(string Zone, string Country), int>? _index;
    private LocaleState[] _states = new LocaleState[1];
    private int _count;
    private string? _lastZone;
    private string? _lastCountry;
    private int _last = -1;

    public ref LocaleState Get(string? zoneId, string? countryCode)
    {
        if (_last >= 0 && string.Equals(zoneId, _lastZone, StringComparison.Ordinal)
            && string.Equals(countryCode, _lastCountry, StringComparison.Ordinal))
        {
            return ref _states[_last];
        }

        var key = (zoneId ?? string.Empty, countryCode ?? string.Empty);
        _index ??= [];
        if (!_index.TryGetValue(key, out var slot))
        {
            var zone = zoneId is null ? context.DefaultZone : context.Zones.GetZoneOrNull(zoneId) ?? context.DefaultZone;
            var holidays = countryCode is not null && context.Holidays.TryGetValue(countryCode, out var set) ? set : null;
            if (_count == _states.Length)
            {
                Array.Resize(ref _states, _count * 2);
            }

            slot = _count++;
            _states[slot] = new LocaleState(zone, holidays);
            _index[key] = slot;
        }

        _lastZone = zoneId;
        _lastCountry = countryCode;
        _last = slot;
        return ref _states[slot];
    }
}
