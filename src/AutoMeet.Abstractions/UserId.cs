using System.Text.Json.Serialization;
using AutoMeet.Json;

namespace AutoMeet;

/// <summary>
/// Represents a user of the host application (the owner of campaigns, mailboxes and calendars). AutoMeet does
/// not manage users: the value is the host's own user key, kept opaque.
/// </summary>
[JsonConverter(typeof(UserIdJsonConverter))]
public readonly record struct UserId
{
    /// <summary>The longest user key accepted, in characters.</summary>
    public const int MaxLength = 128;

    /// <summary>Initializes a new instance of the <see cref="UserId"/> struct.</summary>
    /// <param name="value">The host's user key: 1 to 128 characters, not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank or longer than <see cref="MaxLength"/>.</exception>
    public UserId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.Length > MaxLength)
        {
            throw new ArgumentException($"A user id is at most {MaxLength} characters; got {value.Length}.", nameof(value));
        }

        _value = value;
    }

    private readonly string? _value;

    /// <summary>Gets the host's user key.</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public override string ToString() => Value;
}
