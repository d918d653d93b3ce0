using AutoMeet.Storage;

namespace AutoMeet.Sequences;

/// <summary>Represents an ordered list of outreach steps that a campaign sends to each enrolled prospect.</summary>
public sealed class OutreachSequence : Entity<OutreachSequence>
{
    /// <summary>Gets or sets the owner.</summary>
    public UserId OwnerId { get; set; }

    /// <summary>Gets or sets the display name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets a value indicating whether a reply from anyone at the prospect's company stops the sequence.</summary>
    public bool StopOnCompanyReply { get; set; }

    /// <summary>Gets or sets a value indicating whether a link click stops the sequence.</summary>
    public bool StopOnClick { get; set; }

    /// <summary>Gets the steps, ordered by <see cref="SequenceStep.Position"/>. Stored and deleted with the sequence.</summary>
    public IList<SequenceStep> Steps { get; init; } = [];
}
