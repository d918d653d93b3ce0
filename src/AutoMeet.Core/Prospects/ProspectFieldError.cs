namespace AutoMeet.Prospects;

/// <summary>Represents one invalid value of a <see cref="ProspectInput"/>.</summary>
/// <param name="Field">The field, as named in JSON (camel case), such as <c>email</c> or <c>customFields.plan</c>.</param>
/// <param name="Message">What is wrong, naming the bad value when it is short enough to quote.</param>
public sealed record ProspectFieldError(string Field, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Field}: {Message}";
}
