using AutoMeet.Messaging;
using AutoMeet.Templates;

namespace AutoMeet.Sending;

/// <summary>Represents the outcome of composing one planned send: the e-mail, or why it cannot be built.</summary>
/// <param name="Email">The e-mail to send, when it could be built.</param>
/// <param name="Error">Why it could not (a template that does not parse, a step without a subject…), otherwise <see langword="null"/>.</param>
public sealed record ComposedEmail(OutgoingEmail? Email, string? Error)
{
    internal static ComposedEmail Failed(string error) => new(null, error);

    internal static ComposedEmail Failed(string what, TemplateError error) =>
        new(null, $"{what} does not parse at line {error.Line}, column {error.Column}: {error.Message}");
}
