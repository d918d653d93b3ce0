using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using NodaTime;

namespace AutoMeet.Replies.Pipeline;

/// <summary>One reply in its tracked thread: what the actions need to know about it.</summary>
internal sealed class ReplyContext
{
    public required MailboxAccount Account { get; init; }

    public required EmailThread Thread { get; init; }

    public required EmailMessage Message { get; init; }

    public required InboundEmail Email { get; init; }

    public Prospect? Prospect { get; init; }

    public required DateTimeZone ProspectZone { get; init; }

    /// <summary>Gets the prospect's name for the owner's notifications ("A prospect" when unknown).</summary>
    public string ProspectName =>
        Prospect is null ? "A prospect" : $"{Prospect.FirstName} {Prospect.LastName}".Trim() is { Length: > 0 } name ? name : Prospect.Email;
}
