using AutoMeet.Campaigns;
using AutoMeet.Messaging;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>The key of one <see cref="Model.Rollups.EmailEventHourCount"/> row.</summary>
internal readonly record struct RollupKey(
    Id<Campaign> CampaignId,
    long Hour,
    EmailEventKind Kind,
    int? StepPosition,
    string? Variant,
    string? ReplyLabel,
    long? PreviousHour);
