using Microsoft.Extensions.Options;

namespace AutoMeet.Compliance;

/// <summary>Validates <see cref="LinkSigningOptions"/> at start-up, naming the bad setting.</summary>
internal sealed class LinkSigningOptionsValidator : IValidateOptions<LinkSigningOptions>
{
    private const string Section = LinkSigningOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, LinkSigningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new ValidateOptionsResultBuilder();
        if (options.Keys.Count == 0)
        {
            if (!string.IsNullOrEmpty(options.ActiveKeyId))
            {
                result.AddError($"{Section}:ActiveKeyId is '{options.ActiveKeyId}' but {Section}:Keys is empty; add the key or remove ActiveKeyId.");
            }

            return result.Build();
        }

        foreach (var (keyId, value) in options.Keys)
        {
            if (!LinkKeyRing.IsValidKeyId(keyId))
            {
                result.AddError($"{Section}:Keys key id '{keyId}' is invalid: use 1 to 64 letters, digits, '-' or '_'.");
            }

            if (!Security.KeyRing.TryDecodeKey(value, out _))
            {
                result.AddError($"{Section}:Keys:{keyId} is not the base64 of a 256-bit (32-byte) key.");
            }
        }

        if (string.IsNullOrWhiteSpace(options.ActiveKeyId))
        {
            result.AddError($"{Section}:ActiveKeyId is required when {Section}:Keys is not empty.");
        }
        else if (!options.Keys.ContainsKey(options.ActiveKeyId))
        {
            result.AddError($"{Section}:ActiveKeyId '{options.ActiveKeyId}' is not one of the ids in {Section}:Keys.");
        }

        return result.Build();
    }
}
