using System.Collections.Frozen;
using NodaTime;

namespace AutoMeet.Prospects;

/// <summary>The default <see cref="IProspectValidator"/>.</summary>
internal sealed partial class ProspectValidator : IProspectValidator
{
    private const int MaxQuotedLength = 100;
    private readonly FrozenDictionary<string, string> _zoneIds;

    public ProspectValidator(IDateTimeZoneProvider zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        // Tzdb ids are case-sensitive; accept "europe/berlin" too and store the canonical spelling.
        _zoneIds = zones.Ids
            .GroupBy(id => id, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    public ProspectValidationResult Validate(ProspectInput input, UserId ownerId)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ProspectFieldError>();

        var email = ValidateEmail(input.Email, errors);
        var firstName = Text("firstName", input.FirstName, Prospect.MaxNameLength, required: true, errors);
        var lastName = Text("lastName", input.LastName, Prospect.MaxNameLength, required: false, errors);
        var company = Text("company", input.Company, Prospect.MaxNameLength, required: false, errors);
        var title = Text("title", input.Title, Prospect.MaxNameLength, required: false, errors);
        var zone = ValidateTimeZone(input.TimeZone, errors);
        var country = ValidateCountryCode(input.CountryCode, errors);
        var phone = ValidatePhone(input.Phone, errors);
        var linkedIn = ValidateUrl(input.LinkedInUrl, errors);
        var custom = ValidateCustomFields(input.CustomFields, errors);

        if (errors.Count > 0)
        {
            return ProspectValidationResult.Invalid(errors);
        }

        var prospect = new Prospect
        {
            OwnerId = ownerId,
            Email = email!,
            FirstName = firstName,
            LastName = lastName,
            Company = company,
            Title = NullIfEmpty(title),
            TimeZoneId = zone,
            CountryCode = country,
            Phone = phone,
            LinkedInUrl = linkedIn,
            CustomFields = custom,
        };
        return ProspectValidationResult.Valid(prospect);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>Quotes a value for an error message, shortened so a huge value does not flood the response.</summary>
    private static string Quote(string value) =>
        value.Length <= MaxQuotedLength ? $"'{value}'" : $"'{value[..MaxQuotedLength]}…' ({value.Length} characters)";

    private static string Text(string field, string? value, int maxLength, bool required, List<ProspectFieldError> errors)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 && required)
        {
            errors.Add(new(field, "is required."));
        }
        else if (trimmed.Length > maxLength)
        {
            errors.Add(new(field, $"is {trimmed.Length} characters long; at most {maxLength} are allowed."));
        }
        else if (trimmed.Any(char.IsControl))
        {
            errors.Add(new(field, $"{Quote(trimmed)} contains control characters."));
        }

        return trimmed;
    }

    private static string? ValidateEmail(string? value, List<ProspectFieldError> errors)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors.Add(new("email", "is required."));
            return null;
        }

        if (!EmailSyntax.IsValid(trimmed, out var reason))
        {
            errors.Add(new("email", $"{Quote(trimmed)} is not a valid e-mail address: {LowerFirst(reason!)}"));
            return null;
        }

        return trimmed.ToLowerInvariant();
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private string? ValidateTimeZone(string? value, List<ProspectFieldError> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (_zoneIds.TryGetValue(trimmed, out var canonical))
        {
            return canonical;
        }

        errors.Add(new("timeZone", $"{Quote(trimmed)} is not a known IANA time zone (for example 'Europe/Berlin')."));
        return null;
    }
}
