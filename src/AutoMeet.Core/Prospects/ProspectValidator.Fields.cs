namespace AutoMeet.Prospects;

/// <summary>The rules for the optional contact fields and custom fields.</summary>
internal sealed partial class ProspectValidator
{
    private static string? ValidateCountryCode(string? value, List<ProspectFieldError> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length != 2 || !char.IsAsciiLetter(trimmed[0]) || !char.IsAsciiLetter(trimmed[1]))
        {
            errors.Add(new("countryCode", $"{Quote(trimmed)} is not an ISO 3166-1 alpha-2 country code (two letters, for example 'DE')."));
            return null;
        }

        return trimmed.ToUpperInvariant();
    }

    private static string? ValidatePhone(string? value, List<ProspectFieldError> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > ProspectLimits.MaxPhoneLength)
        {
            errors.Add(new("phone", $"is {trimmed.Length} characters long; at most {ProspectLimits.MaxPhoneLength} are allowed."));
            return null;
        }

        if (!trimmed.Any(char.IsAsciiDigit) || !trimmed.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.' or '/'))
        {
            errors.Add(new("phone", $"{Quote(trimmed)} is not a phone number (digits, spaces and + - ( ) . / only)."));
            return null;
        }

        return trimmed;
    }

    private static string? ValidateUrl(string? value, List<ProspectFieldError> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > ProspectLimits.MaxUrlLength)
        {
            errors.Add(new("linkedInUrl", $"is {trimmed.Length} characters long; at most {ProspectLimits.MaxUrlLength} are allowed."));
            return null;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add(new("linkedInUrl", $"{Quote(trimmed)} is not an absolute http or https URL."));
            return null;
        }

        return trimmed;
    }

    private static Dictionary<string, string> ValidateCustomFields(IReadOnlyDictionary<string, string?>? fields, List<ProspectFieldError> errors)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (fields is null)
        {
            return result;
        }

        if (fields.Count > ProspectLimits.MaxCustomFields)
        {
            errors.Add(new("customFields", $"has {fields.Count} fields; at most {ProspectLimits.MaxCustomFields} are allowed."));
            return result;
        }

        foreach (var (name, value) in fields)
        {
            if (!IsValidCustomFieldName(name))
            {
                errors.Add(new("customFields", $"{Quote(name ?? string.Empty)} is not a valid custom field name (1 to {ProspectLimits.MaxCustomFieldNameLength} characters of A-Z, a-z, 0-9 and _)."));
                continue;
            }

            var trimmed = value?.Trim();
            if (string.IsNullOrEmpty(trimmed))
            {
                continue;
            }

            if (trimmed.Length > ProspectLimits.MaxCustomFieldValueLength)
            {
                errors.Add(new($"customFields.{name}", $"is {trimmed.Length} characters long; at most {ProspectLimits.MaxCustomFieldValueLength} are allowed."));
                continue;
            }

            result[name] = trimmed;
        }

        return result;
    }

    /// <summary>Whether <paramref name="name"/> is 1–64 characters of <c>[A-Za-z0-9_]</c>.</summary>
    internal static bool IsValidCustomFieldName(string? name) =>
        name is { Length: > 0 and <= ProspectLimits.MaxCustomFieldNameLength }
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
