using AutoMeet.Campaigns;
using AutoMeet.Messaging;

namespace AutoMeet.Storage.EFCore.Model.Rollups;

/// <summary>
/// One row of the hourly e-mail event rollup: how many events of a campaign fell in one UTC hour with one kind, step,
/// variant and reply label, and whose previous event of the same message, kind, step, variant and label fell in
/// <see cref="PreviousHour"/>. Counting the events whose previous hour lies before a bucket's start gives the distinct
/// messages of that bucket exactly, for any bucket made of whole UTC hours.
/// </summary>
/// <remarks>
/// A key may have several rows (two writers may insert the same key at once on PostgreSQL); readers sum them. Counts
/// may drop to zero when a later insert moves an event's predecessor.
/// </remarks>
internal sealed class EmailEventHourCount
{
    public long Id { get; set; }

    public Id<Campaign> CampaignId { get; set; }

    /// <summary>Gets or sets the UTC hour, as whole hours since the Unix epoch (floored).</summary>
    public long Hour { get; set; }

    public EmailEventKind Kind { get; set; }

    public int? StepPosition { get; set; }

    public string? Variant { get; set; }

    /// <summary>Gets or sets the reply label (the detail of replies); <see langword="null"/> for other kinds.</summary>
    public string? ReplyLabel { get; set; }

    /// <summary>Gets or sets the hour of the previous event of the same message and group; <see langword="null"/> when there is none or the event has no message.</summary>
    public long? PreviousHour { get; set; }

    public long Events { get; set; }
}
