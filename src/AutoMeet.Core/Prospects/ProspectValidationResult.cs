using System.Diagnostics.CodeAnalysis;

namespace AutoMeet.Prospects;

/// <summary>Represents the outcome of validating a <see cref="ProspectInput"/>: a normalised prospect, or field errors.</summary>
public sealed class ProspectValidationResult
{
    private ProspectValidationResult(Prospect? prospect, IReadOnlyList<ProspectFieldError> errors)
    {
        Prospect = prospect;
        Errors = errors;
    }

    /// <summary>Gets the normalised prospect (not yet stored), or <see langword="null"/> when the input is invalid.</summary>
    public Prospect? Prospect { get; }

    /// <summary>Gets the field errors; empty when the input is valid.</summary>
    public IReadOnlyList<ProspectFieldError> Errors { get; }

    /// <summary>Gets a value indicating whether the input is valid.</summary>
    [MemberNotNullWhen(true, nameof(Prospect))]
    public bool IsValid => Prospect is not null;

    /// <summary>Creates a successful result.</summary>
    /// <param name="prospect">The normalised prospect.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prospect"/> is <see langword="null"/>.</exception>
    public static ProspectValidationResult Valid(Prospect prospect)
    {
        ArgumentNullException.ThrowIfNull(prospect);
        return new(prospect, []);
    }

    /// <summary>Creates a failed result.</summary>
    /// <param name="errors">The field errors (at least one).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public static ProspectValidationResult Invalid(IReadOnlyList<ProspectFieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("An invalid result needs at least one field error.", nameof(errors));
        }

        return new(null, errors);
    }
}
