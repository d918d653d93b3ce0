using NodaTime;

namespace AutoMeet.Replies;

/// <summary>A time window a prospect offered, as local wall-clock times in the zone the text named (or the prospect's zone).</summary>
/// <param name="Start">The local start.</param>
/// <param name="End">The local end (after <paramref name="Start"/>).</param>
/// <param name="ZoneId">The IANA zone id of <paramref name="Start"/> and <paramref name="End"/>.</param>
public sealed record OfferedWindow(LocalDateTime Start, LocalDateTime End, string ZoneId);
