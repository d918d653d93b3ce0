using AutoMeet.Prospects;
using Fluid.Values;

namespace AutoMeet.Templates;

/// <summary>
/// Represents the flat data a template renders with: <c>prospect.first_name</c>, <c>last_name</c>, <c>company</c>,
/// <c>title</c>, <c>email</c>, <c>prospect.custom.&lt;key&gt;</c>, <c>sender.name</c>, <c>sender.email</c> and
/// <c>campaign.name</c>. Values are data: they are never parsed as templates.
/// </summary>
public sealed class TemplateModel
{
    private FluidValue? _prospect;
    private FluidValue? _sender;
    private FluidValue? _campaign;

    /// <summary>Gets the prospect's first name.</summary>
    public string FirstName { get; init; } = string.Empty;

    /// <summary>Gets the prospect's last name.</summary>
    public string LastName { get; init; } = string.Empty;

    /// <summary>Gets the prospect's company.</summary>
    public string Company { get; init; } = string.Empty;

    /// <summary>Gets the prospect's job title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Gets the prospect's e-mail address.</summary>
    public string Email { get; init; } = string.Empty;

    /// <summary>Gets the prospect's custom fields (key to value).</summary>
    public IReadOnlyDictionary<string, string> CustomFields { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets the sender's display name.</summary>
    public string SenderName { get; init; } = string.Empty;

    /// <summary>Gets the sender's e-mail address.</summary>
    public string SenderEmail { get; init; } = string.Empty;

    /// <summary>Gets the campaign's name.</summary>
    public string CampaignName { get; init; } = string.Empty;

    /// <summary>
    /// Gets the A/B variant the prospect was assigned (<c>A</c>, <c>B</c>…; empty when the campaign has no variants),
    /// as <c>campaign.variant</c>: a template writes its variants as
    /// <c>{% if campaign.variant == "B" %}…{% else %}…{% endif %}</c> in the subject and the body.
    /// </summary>
    public string Variant { get; init; } = string.Empty;

    /// <summary>Gets the recipient's IANA zone, used by date filters; <see langword="null"/> renders in UTC.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>Creates the model of a prospect.</summary>
    /// <param name="prospect">The prospect.</param>
    /// <param name="senderName">The sender's display name.</param>
    /// <param name="senderEmail">The sender's address.</param>
    /// <param name="campaignName">The campaign's name.</param>
    /// <param name="variant">The prospect's A/B variant, if the campaign has variants.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prospect"/> is <see langword="null"/>.</exception>
    public static TemplateModel FromProspect(Prospect prospect, string senderName = "", string senderEmail = "", string campaignName = "", string variant = "")
    {
        ArgumentNullException.ThrowIfNull(prospect);
        return new TemplateModel
        {
            FirstName = prospect.FirstName,
            LastName = prospect.LastName,
            Company = prospect.Company,
            Title = prospect.Title ?? string.Empty,
            Email = prospect.Email,
            CustomFields = new Dictionary<string, string>(prospect.CustomFields, StringComparer.Ordinal),
            SenderName = senderName ?? string.Empty,
            SenderEmail = senderEmail ?? string.Empty,
            CampaignName = campaignName ?? string.Empty,
            Variant = variant ?? string.Empty,
            TimeZoneId = prospect.TimeZoneId,
        };
    }

    /// <summary>Gets the value of a variable path, or <see langword="null"/> when the model has no such variable.</summary>
    /// <param name="path">A dotted path such as <c>prospect.first_name</c>.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? Lookup(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        const string custom = "prospect.custom.";
        if (path.StartsWith(custom, StringComparison.Ordinal))
        {
            return CustomFields.TryGetValue(path[custom.Length..], out var value) ? value : null;
        }

        return path switch
        {
            "prospect.first_name" => FirstName,
            "prospect.last_name" => LastName,
            "prospect.company" => Company,
            "prospect.title" => Title,
            "prospect.email" => Email,
            "sender.name" => SenderName,
            "sender.email" => SenderEmail,
            "campaign.name" => CampaignName,
            "campaign.variant" => Variant,
            _ => null,
        };
    }

    internal FluidValue Prospect => _prospect ??= Dictionary(
        ("first_name", FirstName),
        ("last_name", LastName),
        ("company", Company),
        ("title", Title),
        ("email", Email),
        ("custom", CustomValue()));

    internal FluidValue Sender => _sender ??= Dictionary(("name", SenderName), ("email", SenderEmail));

    internal FluidValue Campaign => _campaign ??= Dictionary(("name", CampaignName), ("variant", Variant));

    private DictionaryValue CustomValue()
    {
        var values = new Dictionary<string, FluidValue>(CustomFields.Count, StringComparer.Ordinal);
        foreach (var (key, value) in CustomFields)
        {
            values[key] = StringValue.Create(value ?? string.Empty);
        }

        return new DictionaryValue(new FluidValueDictionaryFluidIndexable(values));
    }

    private static DictionaryValue Dictionary(params (string Key, object Value)[] entries)
    {
        var values = new Dictionary<string, FluidValue>(entries.Length, StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            values[key] = value as FluidValue ?? StringValue.Create((string)value);
        }

        return new DictionaryValue(new FluidValueDictionaryFluidIndexable(values));
    }
}
