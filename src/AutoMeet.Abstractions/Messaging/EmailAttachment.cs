namespace AutoMeet.Messaging;

/// <summary>Represents a file attached to an outgoing e-mail (for example the <c>.ics</c> invitation of a booked meeting).</summary>
/// <param name="FileName">The file name shown to the recipient, for example <c>invite.ics</c>.</param>
/// <param name="ContentType">The MIME type with its parameters, for example <c>text/calendar; charset=utf-8; method=PUBLISH</c>.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record EmailAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
