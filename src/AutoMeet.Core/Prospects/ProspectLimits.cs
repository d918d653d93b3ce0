namespace AutoMeet.Prospects;

/// <summary>Gives the limits <see cref="IProspectValidator"/> enforces beyond those on <see cref="Prospect"/>.</summary>
public static class ProspectLimits
{
    /// <summary>The longest phone number accepted, in characters.</summary>
    public const int MaxPhoneLength = 50;

    /// <summary>The longest LinkedIn URL accepted, in characters.</summary>
    public const int MaxUrlLength = 500;

    /// <summary>The most custom fields one prospect may have.</summary>
    public const int MaxCustomFields = 50;

    /// <summary>The longest custom field name accepted, in characters.</summary>
    public const int MaxCustomFieldNameLength = 64;

    /// <summary>The longest custom field value accepted, in characters.</summary>
    public const int MaxCustomFieldValueLength = 1000;
}
